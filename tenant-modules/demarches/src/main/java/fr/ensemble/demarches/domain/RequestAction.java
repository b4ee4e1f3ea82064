package fr.ensemble.demarches.domain;

/** What happened to a request, as its history tells it. */
public enum RequestAction {
    FILED("Dépôt"),
    STATUS("Changement de statut"),
    ASSIGNED("Attribution"),
    DEPARTMENT("Changement de service"),
    DOCUMENT("Document joint");

    private final String label;

    RequestAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
