package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a resident does with their appointment, from the link of the confirmation e-mail (signed, no login) or
 * from "Mon compte" (their own only): see it, cancel it (the slot is free again at once), move it.
 */
@Service
public class AppointmentManagement {

    private final AppointmentRepository appointments;
    private final AppointmentLinks links;
    private final SlotSearch search;
    private final Booking booking;
    private final DeskRepository desks;
    private final PlaceRepository places;
    private final AppointmentMails mails;
    private final TenantRegistry registry;
    private final AntsDeclarations antsDeclarations;
    private final Clock clock;

    AppointmentManagement(AppointmentRepository appointments, AppointmentLinks links, SlotSearch search, Booking booking,
            DeskRepository desks, PlaceRepository places, AppointmentMails mails, TenantRegistry registry,
            AntsDeclarations antsDeclarations, Clock clock) {
        this.appointments = appointments;
        this.links = links;
        this.search = search;
        this.booking = booking;
        this.desks = desks;
        this.places = places;
        this.mails = mails;
        this.registry = registry;
        this.antsDeclarations = antsDeclarations;
        this.clock = clock;
    }

    /** The appointment the link points to, or a French refusal that says nothing about whether it exists. */
    @Transactional(readOnly = true)
    public BookedAppointment open(String reference, String token) {
        return view(authorised(reference, token));
    }

    @Transactional
    public void cancel(String reference, String token) {
        Appointment appointment = authorised(reference, token);
        appointment.cancel("usager", null, clock.instant());
        antsDeclarations.cancelled(appointment);
        BookedAppointment view = view(appointment);
        mails.cancelled(tenant(), appointment, view.type(), view.place(), null);
    }

    /** The new appointment (new reference, new link); the old one is cancelled in the same transaction. */
    @Transactional
    public Appointment move(String reference, String token, long deskId, Instant start) {
        return booking.move(authorised(reference, token), deskId, start, "usager");
    }

    /** The signed link of an appointment the caller booked while logged in, for "Mon compte". */
    @Transactional(readOnly = true)
    public String manageUrlOfMine(String reference) {
        Appointment appointment = appointments.findByReference(reference)
                .filter(found -> found.getResidentSubject() != null
                        && found.getResidentSubject().equals(Booking.currentSubject().orElse(null)))
                .orElseThrow(AppointmentManagement::unknown);
        return links.manageUrl(tenant().slug(), appointment.getReference());
    }

    private Appointment authorised(String reference, String token) {
        if (reference == null || !links.isValid(tenant().slug(), reference, token)) {
            throw unknown();
        }
        return appointments.findByReference(reference).filter(found -> !found.isBlock()).orElseThrow(AppointmentManagement::unknown);
    }

    private BookedAppointment view(Appointment appointment) {
        AppointmentType type = search.typeOf(appointment);
        Place place = places.findById(desks.findById(appointment.getDeskId()).orElseThrow().getPlaceId()).orElseThrow();
        return new BookedAppointment(appointment, type, place);
    }

    private Tenant tenant() {
        return registry.require(TenantContext.current().orElseThrow());
    }

    private static AppointmentRefusedException unknown() {
        return new AppointmentRefusedException("Ce lien de rendez-vous n'est pas valide : utilisez celui du dernier e-mail "
                + "reçu, ou retrouvez vos rendez-vous dans « Mon compte ».");
    }

    /** An appointment with its type and place, as its resident sees it. */
    public record BookedAppointment(Appointment appointment, AppointmentType type, Place place) {
    }
}
