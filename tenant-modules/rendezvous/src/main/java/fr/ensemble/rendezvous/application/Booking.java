package fr.ensemble.rendezvous.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.Contact;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import fr.ensemble.rendezvous.domain.PreApplicationNumbers;
import fr.ensemble.rendezvous.domain.Slot;
import fr.ensemble.rendezvous.domain.SlotFinder;
import fr.ensemble.rendezvous.domain.SlotTakenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books a slot in the current tenant: the request checked (type served by the desk, party size, contact, ANTS
 * numbers for passports and ID cards), the start checked against the desk's hours, the booking window and what is
 * taken, then written with its confirmation e-mail in one transaction. Two people racing for a slot are settled by
 * the database's exclusion constraint: the loser gets {@link SlotTakenException} and nothing is written for them.
 */
@Service
public class Booking {

    private static final String DOUBLE_BOOKING = "appointment_no_double_booking";

    private final SlotSearch search;
    private final DeskRepository desks;
    private final PlaceRepository places;
    private final AppointmentRepository appointments;
    private final Agendas agendas;
    private final AppointmentMails mails;
    private final TenantRegistry registry;
    private final AntsApplicationCheck antsCheck;
    private final AntsDeclarations antsDeclarations;
    private final Clock clock;

    Booking(SlotSearch search, DeskRepository desks, PlaceRepository places, AppointmentRepository appointments,
            Agendas agendas, AppointmentMails mails, TenantRegistry registry, AntsApplicationCheck antsCheck,
            AntsDeclarations antsDeclarations, Clock clock) {
        this.search = search;
        this.desks = desks;
        this.places = places;
        this.appointments = appointments;
        this.agendas = agendas;
        this.mails = mails;
        this.registry = registry;
        this.antsCheck = antsCheck;
        this.antsDeclarations = antsDeclarations;
        this.clock = clock;
    }

    /** A resident books for themself (and their household), logged in. */
    @Transactional
    public Appointment book(AppointmentRequest request) {
        String subject = currentSubject().orElseThrow(() -> new AppointmentRefusedException(
                "Connectez-vous pour prendre rendez-vous : il apparaîtra dans « Mon compte »."));
        return place(request, subject, "usager", true, true);
    }

    /** An agent books on behalf of a resident at the phone or at the desk. */
    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
    public Appointment bookFor(AppointmentRequest request) {
        return place(request, null, CommuneAccess.usernameOf(SecurityContextHolder.getContext().getAuthentication()), true,
                false);
    }

    /**
     * Moves an appointment to another slot, keeping who comes and their numbers: the old slot is freed first. The
     * numbers are not checked with the ANTS again: their only appointment there is the one being moved.
     */
    @Transactional
    Appointment move(Appointment old, long deskId, Instant start, String by) {
        AppointmentType type = search.typeOf(old);
        old.cancel(by, "Déplacé", clock.instant());
        appointments.saveAndFlush(old);
        antsDeclarations.cancelled(old);
        var request = new AppointmentRequest(type.getSlug(), deskId, start, old.getPeople(), old.contact().name(),
                old.contact().email(), old.contact().phone(), old.getPreApplicationNumbers());
        return place(request, old.getResidentSubject(), by, false, old.contact().email() != null);
    }

    /** @param emailRequired false when an agent books: a phone number may then stand in for the e-mail address */
    private Appointment place(AppointmentRequest request, String subject, String bookedBy, boolean checkWithAnts,
            boolean emailRequired) {
        AppointmentType type = search.activeType(request.typeSlug());
        Desk desk = desks.findById(request.deskId()).filter(candidate -> candidate.serves(type))
                .orElseThrow(() -> new AppointmentRefusedException("Ce guichet ne prend pas ce type de rendez-vous."));
        Duration length = type.durations().forPeople(request.people());
        Contact contact = emailRequired ? Contact.checked(request.name(), request.email(), request.phone())
                : Contact.reachable(request.name(), request.email(), request.phone());
        List<String> numbers = type.needsPreApplicationNumbers()
                ? PreApplicationNumbers.checked(request.preApplicationNumbers(), request.people()) : List.of();
        if (request.start() == null) {
            throw new AppointmentRefusedException("Choisissez un créneau.");
        }
        if (checkWithAnts) {
            antsCheck.checkFree(numbers);
        }
        appointments.lockDesk(desk.getId());
        Instant now = clock.instant();
        Slot slot = checkedSlot(desk, request.start(), length, type, now);
        Appointment appointment;
        try {
            appointment = appointments.saveAndFlush(Appointment.booked(References.next(), slot, type, request.people(),
                    contact, subject, numbers, bookedBy, now));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains(DOUBLE_BOOKING)) {
                throw SlotTakenException.at(AppointmentMails.when(slot.start()));
            }
            throw e;
        }
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        Place place = places.findById(desk.getPlaceId()).orElseThrow();
        mails.confirmed(tenant, appointment, type, place);
        antsDeclarations.booked(tenant.slug(), appointment, place);
        return appointment;
    }

    /** The start as {@link SlotFinder#check} sees it against the desk's hours and what is taken around it. */
    Slot checkedSlot(Desk desk, Instant start, Duration length, AppointmentType type, Instant now) {
        LocalDate day = start.atZone(Agendas.ZONE).toLocalDate();
        var agenda = agendas.of(List.of(desk), day.minusDays(1), day.plusDays(1)).get(desk.getId());
        return SlotFinder.check(desk.getId(), start, agenda.open(), agenda.busy(), length, type.durations().step(),
                type.window(), now, Agendas.ZONE);
    }

    static Optional<String> currentSubject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : CommuneAccess.subjectOf(authentication);
    }
}
