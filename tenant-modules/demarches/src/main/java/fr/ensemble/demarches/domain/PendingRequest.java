package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request filled in without an account, filed once its author opens the link e-mailed to them. */
@Entity
@Table(name = "pending_request")
public class PendingRequest {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "procedure_id", nullable = false)
    private long procedureId;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String answers;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "request_id")
    private Long requestId;

    protected PendingRequest() {
    }

    public PendingRequest(String tokenHash, long procedureId, String contactEmail, String answers, Instant createdAt,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.procedureId = procedureId;
        this.contactEmail = contactEmail;
        this.answers = answers;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public void filedAs(long request) {
        requestId = request;
    }

    public boolean isExpired(Instant now) {
        return requestId == null && now.isAfter(expiresAt);
    }

    public long getProcedureId() {
        return procedureId;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getAnswers() {
        return answers;
    }

    public Long getRequestId() {
        return requestId;
    }
}
