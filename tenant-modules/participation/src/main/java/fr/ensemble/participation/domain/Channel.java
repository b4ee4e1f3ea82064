package fr.ensemble.participation.domain;

/** How a ballot was cast. */
public enum Channel {
    ONLINE("en ligne"),
    PAPER("papier");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
