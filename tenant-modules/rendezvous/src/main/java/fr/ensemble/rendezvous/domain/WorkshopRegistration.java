package fr.ensemble.rendezvous.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resident's registration to a workshop for one or more people: with a seat, waiting for one, or cancelled. */
@Entity
@Table(name = "workshop_registration")
public class WorkshopRegistration {

    /** The largest party one registration brings (a household). */
    public static final int MOST_PEOPLE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "workshop_id", nullable = false)
    private long workshopId;

    @Column(nullable = false)
    private short people;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkshopRegistrationStatus status;

    @Column(name = "resident_subject")
    private String residentSubject;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected WorkshopRegistration() {
    }

    /** Registers the party on the locked workshop: a seat for each if they are all free, the waiting list otherwise. */
    public static WorkshopRegistration of(String reference, Workshop workshop, int people, Contact contact,
            String residentSubject, Instant now) {
        if (people < 1 || people > MOST_PEOPLE) {
            throw new AppointmentRefusedException("Une inscription vaut pour 1 à " + MOST_PEOPLE + " personnes.");
        }
        if (workshop.hasStarted(now)) {
            throw new AppointmentRefusedException("Cet atelier a déjà commencé : les inscriptions sont closes.");
        }
        var registration = new WorkshopRegistration();
        registration.reference = reference;
        registration.workshopId = workshop.getId();
        registration.people = (short) people;
        registration.contactName = contact.name();
        registration.contactEmail = contact.email();
        registration.contactPhone = contact.phone();
        registration.residentSubject = residentSubject;
        registration.registeredAt = now;
        registration.status = workshop.takeSeats(people) ? WorkshopRegistrationStatus.INSCRIT
                : WorkshopRegistrationStatus.ATTENTE;
        return registration;
    }

    /** Gives this waiting party the seats of the locked workshop if they fit; true when it did. */
    public boolean promoteInto(Workshop workshop, Instant now) {
        if (status != WorkshopRegistrationStatus.ATTENTE || !workshop.takeSeats(people)) {
            return false;
        }
        status = WorkshopRegistrationStatus.INSCRIT;
        promotedAt = now;
        return true;
    }

    /** Cancels the registration; its seats go back to the locked workshop. True when it held seats. */
    public boolean cancel(Workshop workshop, Instant now) {
        if (status == WorkshopRegistrationStatus.ANNULE) {
            throw new AppointmentRefusedException("Cette inscription est déjà annulée.");
        }
        if (workshop.hasStarted(now)) {
            throw new AppointmentRefusedException("Cet atelier a déjà commencé : l'inscription ne peut plus être annulée.");
        }
        boolean heldSeats = status == WorkshopRegistrationStatus.INSCRIT;
        if (heldSeats) {
            workshop.freeSeats(people);
        }
        status = WorkshopRegistrationStatus.ANNULE;
        cancelledAt = now;
        return heldSeats;
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getWorkshopId() {
        return workshopId;
    }

    public int getPeople() {
        return people;
    }

    public WorkshopRegistrationStatus getStatus() {
        return status;
    }

    public String getResidentSubject() {
        return residentSubject;
    }

    public Contact contact() {
        return new Contact(contactName, contactEmail, contactPhone);
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
