package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Contact;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRegistration;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationRepository;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus;
import fr.ensemble.rendezvous.domain.WorkshopRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' registrations to workshops. Every change of seats happens with the workshop's row locked, so that
 * registrations and cancellations of one workshop follow each other: seats are given in arrival order, never more
 * than the capacity (which the database checks too), and seats freed by a cancellation go to the first waiting
 * parties that fit, who are e-mailed.
 */
@Service
public class WorkshopRegistrations {

    private final WorkshopRepository workshops;
    private final WorkshopRegistrationRepository registrations;
    private final PlaceRepository places;
    private final WorkshopMails mails;
    private final AppointmentLinks links;
    private final TenantRegistry registry;
    private final Clock clock;

    WorkshopRegistrations(WorkshopRepository workshops, WorkshopRegistrationRepository registrations,
            PlaceRepository places, WorkshopMails mails, AppointmentLinks links, TenantRegistry registry, Clock clock) {
        this.workshops = workshops;
        this.registrations = registrations;
        this.places = places;
        this.mails = mails;
        this.links = links;
        this.registry = registry;
        this.clock = clock;
    }

    /** Registers the logged-in resident's party: seats when all are free, the waiting list otherwise (with its rank). */
    @Transactional
    public RegistrationView register(long workshopId, int people, String name, String email, String phone) {
        String subject = Booking.currentSubject().orElseThrow(() -> new AppointmentRefusedException(
                "Connectez-vous pour vous inscrire : l'inscription apparaîtra dans « Mon compte »."));
        Contact contact = Contact.checked(name, email, phone);
        Workshop workshop = workshops.lock(workshopId).orElseThrow(WorkshopRegistrations::unknownWorkshop);
        if (registrations.live(workshopId, subject).isPresent()) {
            throw new AppointmentRefusedException("Vous êtes déjà inscrit à cet atelier : retrouvez votre inscription "
                    + "dans « Mon compte ».");
        }
        WorkshopRegistration registration = registrations.saveAndFlush(WorkshopRegistration.of(References.next("ATL-"),
                workshop, people, contact, subject, clock.instant()));
        RegistrationView view = view(registration, workshop);
        mails.registered(tenant(), view);
        return view;
    }

    /** The registration the link points to, or a French refusal that says nothing about whether it exists. */
    @Transactional(readOnly = true)
    public RegistrationView open(String reference, String token) {
        WorkshopRegistration registration = authorised(reference, token);
        return view(registration, workshops.findById(registration.getWorkshopId()).orElseThrow());
    }

    /** Read after the workshop's lock, so that two cancellations of one registration never free its seats twice. */
    @Transactional
    public void cancel(String reference, String token) {
        checkLink(reference, token);
        Workshop workshop = workshops.lock(registrations.workshopOf(reference).orElseThrow(WorkshopRegistrations::unknownLink))
                .orElseThrow();
        WorkshopRegistration registration = registrations.findByReference(reference).orElseThrow();
        Instant now = clock.instant();
        boolean seatsFreed = registration.cancel(workshop, now);
        registrations.saveAndFlush(registration);
        Tenant tenant = tenant();
        mails.cancelled(tenant, view(registration, workshop));
        if (seatsFreed) {
            for (WorkshopRegistration waiting : registrations.waiting(workshop.getId())) {
                if (waiting.promoteInto(workshop, now)) {
                    mails.promoted(tenant, view(registrations.saveAndFlush(waiting), workshop));
                }
            }
        }
        workshops.saveAndFlush(workshop);
    }

    /** The signed link of a registration the caller made while logged in, for "Mon compte". */
    @Transactional(readOnly = true)
    public String manageUrlOfMine(String reference) {
        WorkshopRegistration registration = registrations.findByReference(reference)
                .filter(found -> found.getResidentSubject() != null
                        && found.getResidentSubject().equals(Booking.currentSubject().orElse(null)))
                .orElseThrow(WorkshopRegistrations::unknownLink);
        return links.registrationUrl(tenant().slug(), registration.getReference());
    }

    private WorkshopRegistration authorised(String reference, String token) {
        checkLink(reference, token);
        return registrations.findByReference(reference).orElseThrow(WorkshopRegistrations::unknownLink);
    }

    /** One round of the day-before reminders, inside the reminders job's transaction for the tenant. */
    void remindDue(Tenant tenant, Instant now, Instant horizon) {
        for (WorkshopRegistration registration : registrations.dueForReminder(now, horizon)) {
            mails.reminder(tenant, view(registration, workshops.findById(registration.getWorkshopId()).orElseThrow()));
            registration.reminded(now);
        }
    }

    private void checkLink(String reference, String token) {
        if (reference == null || !links.isValid(tenant().slug(), reference, token)) {
            throw unknownLink();
        }
    }

    private RegistrationView view(WorkshopRegistration registration, Workshop workshop) {
        int rank = 0;
        if (registration.getStatus() == WorkshopRegistrationStatus.ATTENTE) {
            List<WorkshopRegistration> waiting = registrations.waiting(workshop.getId());
            rank = 1 + waiting.stream().map(WorkshopRegistration::getId).toList().indexOf(registration.getId());
        }
        Place place = places.findById(workshop.getPlaceId()).orElseThrow();
        return new RegistrationView(registration, workshop, place, rank);
    }

    private Tenant tenant() {
        return registry.require(TenantContext.current().orElseThrow());
    }

    private static AppointmentRefusedException unknownWorkshop() {
        return new AppointmentRefusedException("Cet atelier n'existe pas ou n'est plus proposé.");
    }

    private static AppointmentRefusedException unknownLink() {
        return new AppointmentRefusedException("Ce lien d'inscription n'est pas valide : utilisez celui du dernier e-mail "
                + "reçu, ou retrouvez vos inscriptions dans « Mon compte ».");
    }

    /**
     * A registration with its workshop and place, as its resident sees it.
     *
     * @param rank the place in the waiting list (1 is next), 0 when not waiting
     */
    public record RegistrationView(WorkshopRegistration registration, Workshop workshop, Place place, int rank) {
    }
}
