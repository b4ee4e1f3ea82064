package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request a resident filed, with the form version it was filed with and its answers. */
@Entity
@Table(name = "request")
public class Request {

    /** The contact address of a purged request (the column is required; {@code .invalid} never delivers). */
    public static final String PURGED_EMAIL = "purge@invalid";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, unique = true)
    private String trackingNumber;

    @Column(name = "procedure_id", nullable = false)
    private long procedureId;

    @Column(name = "form_number", nullable = false)
    private int formNumber;

    @Column(name = "resident_subject")
    private String residentSubject;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String answers;

    @Column(name = "idempotency_key", unique = true)
    private String idempotencyKey;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "purged_at")
    private Instant purgedAt;

    protected Request() {
    }

    public Request(String trackingNumber, long procedureId, int formNumber, String residentSubject, String contactEmail,
            String answers, String idempotencyKey, Instant now) {
        this.trackingNumber = trackingNumber;
        this.procedureId = procedureId;
        this.formNumber = formNumber;
        this.residentSubject = residentSubject;
        this.contactEmail = contactEmail;
        this.answers = answers;
        this.idempotencyKey = idempotencyKey;
        this.status = RequestStatus.RECUE;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** Moves along the workflow; any other move is refused with the reason in French. */
    public void moveTo(RequestStatus next, Instant now) {
        if (!status.next().contains(next)) {
            throw new IllegalArgumentException("Une demande « " + status.label() + " » ne peut pas passer à « "
                    + next.label() + " ».");
        }
        status = next;
        updatedAt = now;
    }

    /**
     * Retention: forgets the person (answers, contact, account) and keeps the procedure, statuses and dates. The
     * last update stays that of the workflow, so that statistics on delays are unchanged.
     */
    public void purge(Instant now) {
        if (purgedAt != null) {
            return;
        }
        answers = "{}";
        contactEmail = PURGED_EMAIL;
        residentSubject = null;
        purgedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public long getProcedureId() {
        return procedureId;
    }

    public int getFormNumber() {
        return formNumber;
    }

    public String getResidentSubject() {
        return residentSubject;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getAnswers() {
        return answers;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }
}
