package fr.ensemble.demarches.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The commune's own wording of one kind of e-mail. */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

    @Id
    @Enumerated(EnumType.STRING)
    private MailKind kind;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected MailTemplate() {
    }

    public MailTemplate(MailKind kind, String subject, String body, Instant updatedAt, String updatedBy) {
        this.kind = kind;
        change(subject, body, updatedAt, updatedBy);
    }

    public void change(String subject, String body, Instant updatedAt, String updatedBy) {
        this.subject = subject.strip();
        this.body = body.strip();
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
