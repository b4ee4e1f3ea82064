package fr.ensemble.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** An e-mail of the current tenant, waiting in the outbox or sent. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final String ERASED_BODY = "[contenu confidentiel effacé après l'envoi]";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Column(name = "attachment_content")
    private byte[] attachmentContent;

    @Column(nullable = false)
    private boolean confidential;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String body, boolean confidential, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.confidential = confidential;
        this.queuedAt = now;
        this.nextAttemptAt = now;
    }

    OutgoingMail(String recipient, String subject, String body, MailAttachment attachment, Instant now) {
        this(recipient, subject, body, false, now);
        this.attachmentName = attachment.filename();
        this.attachmentType = attachment.contentType();
        this.attachmentContent = attachment.content();
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
        if (confidential) {
            body = ERASED_BODY;
        }
    }

    /** Tried again later, waiting twice as long after each failure, an hour at most: never given up. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "échec sans message" : error.substring(0, Math.min(error.length(), 1000));
        long factor = 1L << Math.min(attempts - 1, 10);
        Duration wait = FIRST_RETRY.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Optional<MailAttachment> attachment() {
        return attachmentName == null ? Optional.empty()
                : Optional.of(new MailAttachment(attachmentName, attachmentType, attachmentContent));
    }

    public boolean isConfidential() {
        return confidential;
    }
}
