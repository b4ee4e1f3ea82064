package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.ants.AntsCoordination;
import fr.ensemble.rendezvous.ants.AntsUnavailableException;
import fr.ensemble.rendezvous.domain.AntsDeclaration;
import fr.ensemble.rendezvous.domain.AntsDeclarationRepository;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due calls to the ANTS anti-duplicate API, tenant by tenant, each batch in a transaction that locks its
 * rows (two instances never send one twice). A refused or unanswered call stays with its error and is tried again
 * later ({@link AntsDeclaration#failed}).
 */
@Service
public class AntsDeclarationSender {

    private static final Logger log = LoggerFactory.getLogger(AntsDeclarationSender.class);
    private static final int BATCH = 50;

    private final TenantRegistry registry;
    private final AntsCoordination coordination;
    private final AntsDeclarationRepository declarations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AntsDeclarationSender(TenantRegistry registry, AntsCoordination coordination, AntsDeclarationRepository declarations,
            PlatformTransactionManager transactions, Clock clock) {
        this.registry = registry;
        this.coordination = coordination;
        this.declarations = declarations;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ensemble.rendezvous.ants.send-interval:5s}")
    public void sendDue() {
        if (!coordination.enabled()) {
            return;
        }
        for (Tenant tenant : registry.all()) {
            try {
                TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status -> sendBatch(tenant)));
            } catch (RuntimeException e) {
                log.error("ANTS declarations of {}: this round failed, the next one tries again", tenant.slug(), e);
            }
        }
    }

    private void sendBatch(Tenant tenant) {
        for (AntsDeclaration declaration : declarations.due(clock.instant(), BATCH)) {
            Instant now = clock.instant();
            try {
                if (declaration.getAction() == AntsDeclaration.Action.DECLARE) {
                    coordination.declare(declaration.appointment());
                } else {
                    coordination.delete(declaration.appointment());
                }
                declaration.sent(now);
            } catch (AntsUnavailableException e) {
                log.warn("ANTS {} of {} in {} failed (attempt {}): {}", declaration.getAction(),
                        declaration.appointment().applicationId(), tenant.slug(), declaration.getAttempts() + 1, e.getMessage());
                declaration.failed(e.getMessage(), now);
            }
        }
    }
}
