package fr.ensemble.participation.domain;

/** Where a submitted project stands. */
public enum ProjectStatus {
    SUBMITTED("Déposé, en attente d'étude"),
    HIDDEN("Masqué par la modération"),
    FEASIBLE("Faisable"),
    NOT_FEASIBLE("Non faisable"),
    SELECTED("Soumis au vote");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Shown to everyone (a hidden project is shown to its author only, with the reason). */
    public boolean isPublic() {
        return this != HIDDEN;
    }
}
