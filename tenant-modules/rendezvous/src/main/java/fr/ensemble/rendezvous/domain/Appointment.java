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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A desk's appointment with a resident, or a span an agent blocked ({@link #isBlock()}). While not cancelled it
 * holds its span: the database refuses a second live row of the desk over any part of it.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    private static final String BLOCK = "BLOCAGE";
    private static final String APPOINTMENT = "RDV";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "desk_id", nullable = false)
    private long deskId;

    @Column(name = "type_id")
    private Long typeId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private Short people;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status;

    @Column(name = "resident_subject")
    private String residentSubject;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pre_application_numbers", nullable = false)
    private String[] preApplicationNumbers = new String[0];

    private String note;

    @Column(name = "booked_by", nullable = false)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Appointment() {
    }

    public static Appointment booked(String reference, Slot slot, AppointmentType type, int people, Contact contact,
            String residentSubject, List<String> preApplicationNumbers, String bookedBy, Instant now) {
        var appointment = new Appointment(reference, slot, APPOINTMENT, bookedBy, now);
        appointment.typeId = type.getId();
        appointment.people = (short) people;
        appointment.contactName = contact.name();
        appointment.contactEmail = contact.email();
        appointment.contactPhone = contact.phone();
        appointment.residentSubject = residentSubject;
        appointment.preApplicationNumbers = preApplicationNumbers.toArray(String[]::new);
        return appointment;
    }

    public static Appointment block(String reference, Slot slot, String reason, String agent, Instant now) {
        var block = new Appointment(reference, slot, BLOCK, agent, now);
        block.note = reason;
        return block;
    }

    private Appointment(String reference, Slot slot, String kind, String bookedBy, Instant now) {
        this.reference = reference;
        this.deskId = slot.deskId();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.kind = kind;
        this.status = AppointmentStatus.RESERVE;
        this.bookedBy = bookedBy;
        this.bookedAt = now;
    }

    /** Frees the slot; a past appointment stays as it was (it happened, or the resident did not come). */
    public void cancel(String by, String reason, Instant now) {
        if (status != AppointmentStatus.RESERVE) {
            throw new AppointmentRefusedException("Ce rendez-vous est déjà " + status.label().toLowerCase() + ".");
        }
        if (!startsAt.isAfter(now)) {
            throw new AppointmentRefusedException("Ce rendez-vous a déjà commencé : il ne peut plus être annulé.");
        }
        status = AppointmentStatus.ANNULE;
        cancelledAt = now;
        cancelledBy = by;
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** After it started: the resident came, or did not. */
    public void markAttendance(boolean came, Instant now) {
        if (isBlock() || status == AppointmentStatus.ANNULE) {
            throw new AppointmentRefusedException("Seul un rendez-vous maintenu peut être noté honoré ou absent.");
        }
        if (startsAt.isAfter(now)) {
            throw new AppointmentRefusedException("Ce rendez-vous n'a pas encore eu lieu.");
        }
        status = came ? AppointmentStatus.HONORE : AppointmentStatus.ABSENT;
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public boolean isBlock() {
        return BLOCK.equals(kind);
    }

    public Slot slot() {
        return new Slot(deskId, new TimeSpan(startsAt, endsAt));
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getDeskId() {
        return deskId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getPeople() {
        return people == null ? 0 : people;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getResidentSubject() {
        return residentSubject;
    }

    public Contact contact() {
        return new Contact(contactName, contactEmail, contactPhone);
    }

    public List<String> getPreApplicationNumbers() {
        return List.of(preApplicationNumbers);
    }

    public String getNote() {
        return note;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
