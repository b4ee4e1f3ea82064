package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.ants.AntsCoordination;
import fr.ensemble.rendezvous.ants.DeclaredAppointment;
import fr.ensemble.rendezvous.domain.AntsDeclaration;
import fr.ensemble.rendezvous.domain.AntsDeclarationRepository;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.Place;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Queues the calls to the ANTS anti-duplicate API that a booking or a cancellation implies, in its transaction:
 * one declaration per pre-application number, and its deletion when the appointment is cancelled or moved.
 * {@link AntsDeclarationSender} sends them.
 */
@Component
class AntsDeclarations {

    /** The API's appointment_date: Paris local time. */
    static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AntsCoordination coordination;
    private final AntsDeclarationRepository declarations;
    private final AppointmentLinks links;
    private final Clock clock;

    AntsDeclarations(AntsCoordination coordination, AntsDeclarationRepository declarations, AppointmentLinks links,
            Clock clock) {
        this.coordination = coordination;
        this.declarations = declarations;
        this.links = links;
        this.clock = clock;
    }

    void booked(String tenantSlug, Appointment appointment, Place place) {
        if (!coordination.enabled()) {
            return;
        }
        Instant now = clock.instant();
        String date = LOCAL_DATE_TIME.format(appointment.getStartsAt().atZone(Agendas.ZONE));
        String managementUrl = links.manageUrl(tenantSlug, appointment.getReference());
        for (String number : appointment.getPreApplicationNumbers()) {
            declarations.save(AntsDeclaration.declare(appointment.getId(), new DeclaredAppointment(number, place.getName(),
                    MeetingPointIds.of(tenantSlug, place.getId()), date, managementUrl), now));
        }
    }

    /** Whatever was declared for the appointment is deleted (even when the declaration is still waiting). */
    void cancelled(Appointment appointment) {
        Instant now = clock.instant();
        for (AntsDeclaration declared : declarations.findByAppointmentIdAndActionOrderById(appointment.getId(),
                AntsDeclaration.Action.DECLARE)) {
            declarations.save(declared.withdrawal(now));
        }
    }
}
