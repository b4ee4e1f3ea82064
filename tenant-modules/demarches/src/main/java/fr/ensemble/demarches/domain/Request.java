package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import fr.ensemble.demarches.domain.workflow.Workflow;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
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

    /** The code of its status in the procedure's workflow. */
    @Column(nullable = false)
    private String status;

    /** The label of the last status the resident was told (an internal status leaves it unchanged). */
    @Column(name = "resident_status", nullable = false)
    private String residentStatus;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "department_id")
    private Long departmentId;

    /** The login name of the agent who has the request in hand, if any. */
    private String assignee;

    @Version
    private int version;

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
            String answers, String idempotencyKey, Workflow.Status initial, Instant now) {
        this.trackingNumber = trackingNumber;
        this.procedureId = procedureId;
        this.formNumber = formNumber;
        this.residentSubject = residentSubject;
        this.contactEmail = contactEmail;
        this.answers = answers;
        this.idempotencyKey = idempotencyKey;
        this.status = initial.code();
        this.residentStatus = initial.residentLabel();
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /**
     * Moves along the procedure's workflow, or refuses with the reason in French.
     *
     * @param roles the agent's roles in the commune
     */
    public Optional<String> moveTo(Workflow workflow, String next, Set<String> roles, String comment, boolean withDocument,
            Instant now) {
        Optional<String> refusal = workflow.refusal(status, next, roles, comment, withDocument);
        if (refusal.isPresent()) {
            return refusal;
        }
        Workflow.Status reached = workflow.status(next);
        status = next;
        if (reached.visibleToResident()) {
            residentStatus = reached.residentLabel();
        }
        closedAt = reached.closing() ? now : null;
        updatedAt = now;
        return Optional.empty();
    }

    public void routeTo(Long department, Instant now) {
        departmentId = department;
        updatedAt = now;
    }

    /** @param agent a login name, or null to put the request back in the department's pile */
    public void assignTo(String agent, Instant now) {
        assignee = agent;
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

    public String getStatus() {
        return status;
    }

    public String getResidentStatus() {
        return residentStatus;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getAssignee() {
        return assignee;
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
