package fr.ensemble.participation.domain;

/** How a ballot may choose among the options. */
public enum BallotRule {
    /** At most N options. */
    APPROVAL("Jusqu'à N projets"),
    /** Options whose total cost fits the envelope. */
    BUDGET("Projets dans la limite de l'enveloppe"),
    /** Exactly one option. */
    SINGLE("Un seul choix");

    private final String label;

    BallotRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
