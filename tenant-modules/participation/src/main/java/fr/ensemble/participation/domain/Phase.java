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

    /** The label in a campaign of that kind: residents submit questions to the council, projects to a budget. */
    public String label(CampaignKind kind) {
        if (this == SUBMISSION && kind == CampaignKind.QUESTIONS) {
            return "Dépôt des questions";
        }
        if (this == VOTE && kind == CampaignKind.CONCERTATION) {
            return "Commentaires sur la carte";
        }
        return this == VOTE && kind == CampaignKind.CONSULTATION ? "Réponses" : label;
    }
}
