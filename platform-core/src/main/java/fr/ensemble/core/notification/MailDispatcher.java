package fr.ensemble.core.notification;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outboxes hold, tenant by tenant, a batch at a time. A mail the server refuses or cannot
 * take stays in the outbox and is tried again later; nothing is ever dropped.
 */
@Service
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final TenantRegistry registry;
    private final OutgoingMailRepository mails;
    private final MailNotifier notifier;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailDispatcher(TenantRegistry registry, OutgoingMailRepository mails, MailNotifier notifier,
            PlatformTransactionManager transactions, Clock clock) {
        this.registry = registry;
        this.mails = mails;
        this.notifier = notifier;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ensemble.mail.outbox-interval:5s}")
    public void sendDue() {
        for (Tenant tenant : registry.all()) {
            try {
                TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status -> sendBatch(tenant)));
            } catch (RuntimeException e) {
                log.error("Outbox of {}: this round failed, the mails stay queued", tenant.slug(), e);
            }
        }
    }

    private void sendBatch(Tenant tenant) {
        for (OutgoingMail mail : mails.lockDue(clock.instant(), BATCH)) {
            try {
                notifier.send(mail.getRecipient(), mail.getSubject(), mail.getBody(), mail.attachment());
                mail.sent(clock.instant());
            } catch (MailException e) {
                mail.failed(e.getMessage(), clock.instant());
                log.warn("Outbox of {}: mail {} not sent (attempt {}), retried at {}: {}", tenant.slug(), mail.getId(),
                        mail.getAttempts(), mail.getNextAttemptAt(), e.getMessage());
            }
        }
    }
}
