package fr.ensemble.participation.domain;

/** The kinds of question of a consultation. */
public enum QuestionKind {
    SINGLE("Choix unique"),
    MULTIPLE("Choix multiple"),
    TEXT("Réponse libre"),
    SCALE("Échelle de 1 à 5"),
    RANKING("Classement");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasChoices() {
        return this == SINGLE || this == MULTIPLE || this == RANKING;
    }
}
