package fr.ensemble.demarches.domain;

/** Where a procedure is done. */
public enum Channel {
    ONLINE("En ligne"),
    DESK("Au guichet"),
    BOTH("En ligne ou au guichet");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
