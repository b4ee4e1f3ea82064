package fr.ensemble.participation.domain;

/** Where a council question stands. */
public enum QuestionStatus {
    SUBMITTED("Déposée"),
    SELECTED("Retenue : posée en séance"),
    ANSWERED("Réponse publiée");

    private final String label;

    QuestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
