package fr.ensemble.demarches.domain;

/** The catalogue's headings, in the order the catalogue shows them. */
public enum ProcedureCategory {
    ETAT_CIVIL("État civil"),
    FAMILLE_ECOLE("Famille et école"),
    JEUNESSE("Jeunesse"),
    URBANISME_CADRE_DE_VIE("Urbanisme et cadre de vie"),
    VIE_ASSOCIATIVE("Vie associative"),
    ELUS_CITOYENNETE("Élus et citoyenneté"),
    SERVICES("Services de la ville");

    private final String label;

    ProcedureCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
