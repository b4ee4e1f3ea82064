package fr.ensemble.rendezvous.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import fr.ensemble.rendezvous.domain.Slot;
import fr.ensemble.rendezvous.domain.TimeSpan;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the current tenant's agents do with the planning: note who came, cancel an appointment with a message
 * e-mailed to the resident (the slot is free again at once), block a span of a desk and free it again.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
public class AgentAppointments {

    private final AppointmentRepository appointments;
    private final DeskRepository desks;
    private final PlaceRepository places;
    private final SlotSearch search;
    private final AppointmentMails mails;
    private final AntsDeclarations antsDeclarations;
    private final TenantRegistry registry;
    private final Clock clock;

    AgentAppointments(AppointmentRepository appointments, DeskRepository desks, PlaceRepository places,
            SlotSearch search, AppointmentMails mails, AntsDeclarations antsDeclarations, TenantRegistry registry,
            Clock clock) {
        this.appointments = appointments;
        this.desks = desks;
        this.places = places;
        this.search = search;
        this.mails = mails;
        this.antsDeclarations = antsDeclarations;
        this.registry = registry;
        this.clock = clock;
    }

    /** Once the appointment has started: the resident came ({@code true}) or did not. */
    @Transactional
    public Appointment markAttendance(String reference, boolean came) {
        Appointment appointment = find(reference);
        appointment.markAttendance(came, clock.instant());
        return appointment;
    }

    /** Cancels an appointment still to come and e-mails the agent's message to the resident. */
    @Transactional
    public Appointment cancel(String reference, String message) {
        if (message == null || message.isBlank()) {
            throw new AppointmentRefusedException("Écrivez à l'usager la raison de l'annulation : ce message lui est envoyé par e-mail.");
        }
        Appointment appointment = find(reference);
        if (appointment.isBlock()) {
            throw new AppointmentRefusedException("Ce créneau est bloqué, ce n'est pas un rendez-vous : débloquez-le.");
        }
        appointment.cancel(agent(), message, clock.instant());
        antsDeclarations.cancelled(appointment);
        AppointmentType type = search.typeOf(appointment);
        Place place = places.findById(desks.findById(appointment.getDeskId()).orElseThrow().getPlaceId()).orElseThrow();
        mails.cancelled(registry.require(TenantContext.current().orElseThrow()), appointment, type, place, message);
        return appointment;
    }

    /**
     * Blocks a span of a desk (a meeting, an absence) so that nobody books it; refused in French when an
     * appointment or another block is already there.
     */
    @Transactional
    public Appointment block(long deskId, Instant start, Instant end, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AppointmentRefusedException("Indiquez la raison du blocage (réunion, absence, formation…).");
        }
        if (start == null || end == null || !start.isBefore(end)) {
            throw new AppointmentRefusedException("La fin du blocage doit suivre son début.");
        }
        Desk desk = desks.findById(deskId).orElseThrow(() -> new AppointmentRefusedException("Ce guichet n'existe pas."));
        appointments.lockDesk(desk.getId());
        TimeSpan span = new TimeSpan(start, end);
        appointments.busy(List.of(desk.getId()), start, end).stream().findFirst().ifPresent(busy -> {
            throw overlap(" (le " + AppointmentMails.when(busy.span().start()) + ")");
        });
        try {
            return appointments.saveAndFlush(Appointment.block(References.next(), new Slot(desk.getId(), span),
                    reason.strip(), agent(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw overlap("");
        }
    }

    /** Frees a span an agent blocked. */
    @Transactional
    public void release(String reference) {
        Appointment block = find(reference);
        if (!block.isBlock()) {
            throw new AppointmentRefusedException("Seul un créneau bloqué peut être débloqué.");
        }
        block.cancel(agent(), "Débloqué", clock.instant());
    }

    private Appointment find(String reference) {
        return appointments.findByReference(reference)
                .orElseThrow(() -> new AppointmentRefusedException("Ce rendez-vous n'existe pas dans cette commune."));
    }

    private static AppointmentRefusedException overlap(String when) {
        return new AppointmentRefusedException("Cette période chevauche un rendez-vous ou un blocage déjà au planning"
                + when + " : annulez-le d'abord ou choisissez une autre période.");
    }

    private static String agent() {
        return CommuneAccess.usernameOf(SecurityContextHolder.getContext().getAuthentication());
    }
}
