package fr.ensemble.participation.domain;

/** Where a campaign stands on a given day, for residents' filters. */
public enum CampaignStatus {
    UPCOMING("À venir"),
    OPEN("En cours"),
    CLOSED("Terminée");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
