package fr.ensemble.demarches.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.domain.PendingRequestRepository;
import fr.ensemble.demarches.domain.RequestDraftRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour, in every tenant: answers never sent go with their files — requests without an account whose
 * confirmation link expired, and drafts untouched for {@value #DRAFT_DAYS} days.
 */
@Component
public class UnsentAnswersCleanup {

    static final int DRAFT_DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(UnsentAnswersCleanup.class);

    private final TenantRegistry registry;
    private final PendingRequestRepository pending;
    private final RequestDraftRepository drafts;
    private final RequestFiles files;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UnsentAnswersCleanup(TenantRegistry registry, PendingRequestRepository pending, RequestDraftRepository drafts,
            RequestFiles files, PlatformTransactionManager transactions, Clock clock) {
        this.registry = registry;
        this.pending = pending;
        this.drafts = drafts;
        this.files = files;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void cleanEveryTenant() {
        for (Tenant tenant : registry.all()) {
            try {
                TenantContext.run(tenant.slug(), this::clean);
            } catch (RuntimeException e) {
                log.error("Cleanup of unsent answers in {} failed; the next run tries again", tenant.slug(), e);
            }
        }
    }

    /** Cleans the current tenant. */
    public void clean() {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            pending.findByRequestIdIsNullAndExpiresAtBefore(now).forEach(expired -> {
                files.deleteAllIn(expired.getAnswers());
                pending.delete(expired);
            });
            drafts.findBySavedAtBefore(now.minus(Duration.ofDays(DRAFT_DAYS))).forEach(old -> {
                files.deleteAllIn(old.getAnswers());
                drafts.delete(old);
            });
        });
    }
}
