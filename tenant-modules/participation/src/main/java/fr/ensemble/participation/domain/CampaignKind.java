package fr.ensemble.participation.domain;

/** What a campaign asks of residents. */
public enum CampaignKind {
    BUDGET("Budget participatif"),
    VOTE("Votation citoyenne"),
    QUESTIONS("Droit d'interpellation"),
    CONSULTATION("Consultation"),
    CONCERTATION("Carte de concertation");

    private final String label;

    CampaignKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether residents cast ballots in it. */
    public boolean hasBallots() {
        return this == BUDGET || this == VOTE;
    }
}
