package fr.ensemble.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.notification.MailDispatcher;
import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.notification.OutgoingMail;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a mail queued with a change that rolls back is never sent; a mail queued while the mail
 * server is down waits, counted and explained, and leaves once the server is back; each commune's outbox
 * holds its own mails only.
 */
@IntegrationTest
class MailOutboxIT {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void mailServerBack() throws Exception {
        LocalStack.command("infra/stack", "start");
    }

    @Test
    void aMailServerOutageDelaysMailsButLosesNone() throws Exception {
        String recipient = "habitant-" + UUID.randomUUID() + "@example.org";
        LocalStack.command("infra/stack", "stop", "smtp");

        OutgoingMail queued = TenantContext.call("pantin", () -> outbox.queue(recipient,
                "Votre demande PANTIN-2026-000001", "Nous avons bien reçu votre demande."));
        dispatcher.sendDue();

        OutgoingMail waiting = TenantContext.call("pantin", () -> outbox.waiting().stream()
                .filter(mail -> mail.getId().equals(queued.getId())).findFirst().orElseThrow());
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(waiting.getNextAttemptAt()).isAfter(queued.getNextAttemptAt());
        assertThat(TenantContext.call("bagnolet", () -> outbox.waiting()))
                .extracting(OutgoingMail::getRecipient).doesNotContain(recipient);

        LocalStack.command("infra/stack", "start");
        try (var superuser = LocalStack.superuser("ensemble")) {
            superuser.createStatement().execute("UPDATE t_pantin.outgoing_mail SET next_attempt_at = now() WHERE id = "
                    + queued.getId());
        }
        dispatcher.sendDue();

        assertThat(LocalStack.awaitMail(recipient)).hasSize(1);
        assertThat(TenantContext.call("pantin", () -> outbox.waiting())).extracting(OutgoingMail::getRecipient)
                .doesNotContain(recipient);
    }

    @Test
    void aMailQueuedWithAChangeThatRollsBackIsNeverSent() throws Exception {
        String recipient = "annule-" + UUID.randomUUID() + "@example.org";
        var transaction = new TransactionTemplate(transactions);

        TenantContext.run("pantin", () -> transaction.executeWithoutResult(status -> {
            outbox.queue(recipient, "Sujet", "Texte");
            status.setRollbackOnly();
        }));
        dispatcher.sendDue();

        assertThat(TenantContext.call("pantin", () -> outbox.waiting())).extracting(OutgoingMail::getRecipient)
                .doesNotContain(recipient);
        assertThat(LocalStack.awaitMail(recipient)).isEmpty();
    }
}
