package fr.ensemble.rendezvous.domain;

import fr.ensemble.rendezvous.ants.DeclaredAppointment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A call to the ANTS anti-duplicate API waiting to be made: declare an appointment of one pre-application number,
 * or delete it. Written with the booking or the cancellation, so that an outage of the API delays it, never loses it.
 */
@Entity
@Table(name = "ants_declaration")
public class AntsDeclaration {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    /** What the call does. */
    public enum Action { DECLARE, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    @Column(name = "appointment_id", nullable = false)
    private long appointmentId;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    @Column(name = "meeting_point", nullable = false)
    private String meetingPoint;

    @Column(name = "meeting_point_id", nullable = false)
    private String meetingPointId;

    @Column(name = "appointment_date", nullable = false)
    private String appointmentDate;

    @Column(name = "management_url", nullable = false)
    private String managementUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected AntsDeclaration() {
    }

    private AntsDeclaration(Action action, long appointmentId, DeclaredAppointment appointment, Instant now) {
        this.action = action;
        this.appointmentId = appointmentId;
        this.applicationId = appointment.applicationId();
        this.meetingPoint = appointment.meetingPoint();
        this.meetingPointId = appointment.meetingPointId();
        this.appointmentDate = appointment.appointmentDate();
        this.managementUrl = appointment.managementUrl();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public static AntsDeclaration declare(long appointmentId, DeclaredAppointment appointment, Instant now) {
        return new AntsDeclaration(Action.DECLARE, appointmentId, appointment, now);
    }

    /** The deletion of what this declaration declared. */
    public AntsDeclaration withdrawal(Instant now) {
        return new AntsDeclaration(Action.DELETE, appointmentId, appointment(), now);
    }

    public DeclaredAppointment appointment() {
        return new DeclaredAppointment(applicationId, meetingPoint, meetingPointId, appointmentDate, managementUrl);
    }

    public void sent(Instant now) {
        sentAt = now;
        lastError = null;
    }

    /** Tried again 30 s later, then twice as long after each failure, an hour at most. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = FIRST_RETRY.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    public Action getAction() {
        return action;
    }

    public long getAppointmentId() {
        return appointmentId;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
