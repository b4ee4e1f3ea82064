package fr.ensemble.rendezvous.domain;

/** Where an appointment stands; only a cancelled one frees its slot. */
public enum AppointmentStatus {
    RESERVE("Réservé"),
    ANNULE("Annulé"),
    HONORE("Honoré"),
    ABSENT("Absent");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
