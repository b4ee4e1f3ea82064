package fr.ensemble.rendezvous.ants;

import java.util.List;

/** A pre-application number as the anti-duplicate API sees it: {@code validated}, {@code consumed}... */
public record ApplicationStatus(String status, List<DeclaredAppointment> appointments) {

    public static final String CONSUMED = "consumed";

    public ApplicationStatus {
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
    }

    public boolean isConsumed() {
        return CONSUMED.equals(status);
    }
}
