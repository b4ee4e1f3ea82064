package fr.ensemble.core.notification;

import fr.ensemble.core.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the current tenant's e-mails in its outbox, inside the caller's transaction: the mail exists if and
 * only if what it announces was committed. {@link MailDispatcher} sends them.
 */
@Service
public class MailOutbox {

    private final OutgoingMailRepository mails;
    private final Clock clock;

    MailOutbox(OutgoingMailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public OutgoingMail queue(String recipient, String subject, String body) {
        return save(recipient, subject, body, false);
    }

    /**
     * A mail whose body is erased once sent (recipient, subject and dates stay as proof): for a content that must
     * not stay next to the recipient's address, such as a ballot's receipt code.
     */
    @Transactional
    public OutgoingMail queueConfidential(String recipient, String subject, String body) {
        return save(recipient, subject, body, true);
    }

    private OutgoingMail save(String recipient, String subject, String body, boolean confidential) {
        requireTenant();
        return mails.save(new OutgoingMail(recipient, subject, body, confidential, clock.instant()));
    }

    private static void requireTenant() {
        TenantContext.current().orElseThrow(() -> new IllegalStateException("A mail is queued for a tenant"));
    }

    /** A mail with one attached file (an appointment's calendar entry...). */
    @Transactional
    public OutgoingMail queue(String recipient, String subject, String body, MailAttachment attachment) {
        requireTenant();
        return mails.save(new OutgoingMail(recipient, subject, body, attachment, clock.instant()));
    }

    /** The mails not sent yet, for the tenant's back office and for tests. */
    @Transactional(readOnly = true)
    public List<OutgoingMail> waiting() {
        return mails.findAll().stream().filter(mail -> mail.getSentAt() == null).toList();
    }
}
