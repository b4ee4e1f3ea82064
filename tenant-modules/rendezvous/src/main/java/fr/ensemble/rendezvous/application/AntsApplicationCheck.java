package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.ants.AntsCoordination;
import fr.ensemble.rendezvous.ants.AntsUnavailableException;
import fr.ensemble.rendezvous.ants.ApplicationStatus;
import fr.ensemble.rendezvous.ants.DeclaredAppointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Before a passport/ID-card booking: asks the ANTS anti-duplicate API whether a pre-application number already
 * served for a deposit, or already has an appointment somewhere (in any commune, with any publisher). When the API
 * does not answer, the booking goes ahead: its declaration reaches the API later, where duplicates show.
 */
@Component
class AntsApplicationCheck {

    private static final Logger log = LoggerFactory.getLogger(AntsApplicationCheck.class);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private final AntsCoordination coordination;

    AntsApplicationCheck(AntsCoordination coordination) {
        this.coordination = coordination;
    }

    void checkFree(List<String> numbers) {
        if (!coordination.enabled() || numbers.isEmpty()) {
            return;
        }
        Map<String, ApplicationStatus> statuses;
        try {
            statuses = coordination.status(numbers);
        } catch (AntsUnavailableException e) {
            log.warn("ANTS status of {} unavailable, booking without the check: {}", numbers, e.getMessage());
            return;
        }
        for (String number : numbers) {
            ApplicationStatus status = statuses.get(number);
            if (status == null) {
                continue;
            }
            if (status.isConsumed()) {
                throw new AppointmentRefusedException("Le numéro de pré-demande " + number + " a déjà servi à déposer un "
                        + "dossier : faites une nouvelle pré-demande sur le site de l'ANTS.");
            }
            if (!status.appointments().isEmpty()) {
                DeclaredAppointment other = status.appointments().getFirst();
                throw new AppointmentRefusedException("Le numéro de pré-demande " + number + " a déjà un rendez-vous ("
                        + other.meetingPoint() + when(other.appointmentDate()) + ") : annulez-le avant d'en prendre un "
                        + "autre" + (other.managementUrl().isBlank() ? "." : " (" + other.managementUrl() + ")."));
            }
        }
    }

    private static String when(String appointmentDate) {
        try {
            return ", " + FRENCH.format(LocalDateTime.parse(appointmentDate, AntsDeclarations.LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            return appointmentDate.isBlank() ? "" : ", " + appointmentDate;
        }
    }
}
