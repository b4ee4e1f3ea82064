package fr.ensemble.rendezvous.domain;

/** Where a registration to a workshop stands. */
public enum WorkshopRegistrationStatus {
    INSCRIT("Inscrit"),
    ATTENTE("Liste d'attente"),
    ANNULE("Annulé");

    private final String label;

    WorkshopRegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
