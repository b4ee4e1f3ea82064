package fr.ensemble.rendezvous.domain;

/** The families of appointments; passport and ID-card appointments are the ones the ANTS hub knows. */
public enum AppointmentTypeKind {
    PASSEPORT_CNI("Passeport et carte d'identité"),
    SANTE("Permanence santé"),
    AIDE_NUMERIQUE("Aide numérique"),
    AUTRE("Autre");

    private final String label;

    AppointmentTypeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
