package fr.ensemble.participation.domain;

/** The steps of a campaign, in their order. */
public enum Phase {
    SUBMISSION("Dépôt des projets"),
    FEASIBILITY("Étude de faisabilité"),
    VOTE("Vote"),
    RESULTS("Résultats"),
    FOLLOW_UP("Suivi des projets");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
