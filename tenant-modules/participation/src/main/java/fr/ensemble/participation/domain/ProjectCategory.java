package fr.ensemble.participation.domain;

/** The headings of a participatory budget's projects. */
public enum ProjectCategory {
    CADRE_DE_VIE("Cadre de vie et espaces publics"),
    NATURE("Nature et environnement"),
    ENFANCE("Enfance et jeunesse"),
    SPORT("Sport et loisirs"),
    CULTURE("Culture"),
    SOLIDARITE("Solidarité"),
    MOBILITE("Mobilités");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
