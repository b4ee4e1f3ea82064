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
        TenantContext.current().orElseThrow(() -> new IllegalStateException("A mail is queued for a tenant"));
        return mails.save(new OutgoingMail(recipient, subject, body, clock.instant()));
    }

    /** A mail with one attached file (an appointment's calendar entry...). */
    @Transactional
    public OutgoingMail queue(String recipient, String subject, String body, MailAttachment attachment) {
        TenantContext.current().orElseThrow(() -> new IllegalStateException("A mail is queued for a tenant"));
        return mails.save(new OutgoingMail(recipient, subject, body, attachment, clock.instant()));
    }

    /** The mails not sent yet, for the tenant's back office and for tests. */
    @Transactional(readOnly = true)
    public List<OutgoingMail> waiting() {
        return mails.findAll().stream().filter(mail -> mail.getSentAt() == null).toList();
    }
}
