package fr.ensemble.demarches.domain.form;

/** The kinds of field a commune admin can put in a form, with the name the admin sees. */
public enum FieldType {
    TEXT("Texte court"),
    LONG_TEXT("Texte long"),
    NUMBER("Nombre"),
    DATE("Date"),
    SINGLE_CHOICE("Choix unique"),
    MULTIPLE_CHOICE("Choix multiple"),
    YES_NO("Oui / non"),
    EMAIL("E-mail"),
    PHONE("Téléphone"),
    ADDRESS("Adresse postale"),
    FILE("Fichier (PDF, JPEG, PNG)"),
    REPEATABLE("Bloc répétable"),
    INFORMATION("Texte d'information");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
