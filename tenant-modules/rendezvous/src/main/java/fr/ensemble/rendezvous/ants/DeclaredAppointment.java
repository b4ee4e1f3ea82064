package fr.ensemble.rendezvous.ants;

/**
 * An appointment as the anti-duplicate API knows it. {@code appointmentDate} is the local time in Paris,
 * {@code YYYY-MM-DD HH:MM:SS}, as the API takes it; {@code managementUrl} is where the resident cancels or moves it.
 */
public record DeclaredAppointment(String applicationId, String meetingPoint, String meetingPointId,
        String appointmentDate, String managementUrl) {
}
