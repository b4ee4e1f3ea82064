package fr.ensemble.demarches.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestDocumentRepository;
import fr.ensemble.demarches.domain.RequestMessageRepository;
import fr.ensemble.demarches.domain.RequestEventRepository;
import fr.ensemble.demarches.domain.RequestPurge;
import fr.ensemble.demarches.domain.RequestPurgeRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (GDPR): every night, in every tenant, the requests closed (in a closing status of their workflow) for
 * longer than their procedure's retention period lose what identifies the person (answers, contact address,
 * account, comments of their history, messages, attached files and agents' documents). The rows, statuses and dates stay, for the commune's anonymous
 * statistics; each purge that removed something leaves counts in {@code request_purge} and a log line.
 */
@Service
public class RequestRetention {

    private static final Logger log = LoggerFactory.getLogger(RequestRetention.class);

    private final TenantRegistry registry;
    private final RequestRepository requests;
    private final RequestEventRepository events;
    private final RequestPurgeRepository purges;
    private final RequestFiles files;
    private final RequestDocumentRepository documents;
    private final RequestMessageRepository messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RequestIndexing indexing;

    RequestRetention(TenantRegistry registry, RequestRepository requests, RequestEventRepository events,
            RequestPurgeRepository purges, RequestFiles files, RequestDocumentRepository documents,
            RequestMessageRepository messages, PlatformTransactionManager transactions, Clock clock,
            RequestIndexing indexing) {
        this.registry = registry;
        this.requests = requests;
        this.events = events;
        this.purges = purges;
        this.files = files;
        this.documents = documents;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.indexing = indexing;
    }

    /** Every active tenant in turn; one tenant's failure is logged and leaves the others' purge alone. */
    @Scheduled(cron = "${ensemble.demarches.retention-cron:0 30 3 * * *}")
    public void purgeDue() {
        Instant now = clock.instant();
        for (Tenant tenant : registry.all()) {
            try {
                TenantContext.run(tenant.slug(), () -> purgeNow(now));
            } catch (RuntimeException e) {
                log.error("Retention of {}: the purge failed and was rolled back, the next run tries again",
                        tenant.slug(), e);
            }
        }
    }

    /**
     * Purges the current tenant's requests due at that instant, in one transaction. The files are removed
     * inside it, so that a failure rolls the purge back and the next run starts over (files already removed
     * are simply absent then). Requests purged before are skipped.
     */
    public Purged purgeNow(Instant now) {
        String tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("No current tenant"));
        Purged purged = transaction.execute(status -> {
            List<Request> due = requests.dueForPurge(now);
            if (due.isEmpty()) {
                return Purged.NOTHING;
            }
            int removedFiles = 0;
            Instant oldest = due.getFirst().getClosedAt(); // they come oldest first
            for (Request request : due) {
                List<String> keys = new ArrayList<>(files.keysIn(request.getAnswers()));
                documents.findByRequestIdOrderByAddedAtAsc(request.getId()).forEach(document -> keys.add(document.getStorageKey()));
                documents.deleteByRequestId(request.getId());
                messages.deleteByRequestId(request.getId());
                events.purge(request.getId(), request.getContactEmail());
                request.purge(now);
                indexing.changed(request);
                for (String key : keys) {
                    if (files.delete(key)) {
                        removedFiles++;
                    }
                }
            }
            purges.save(new RequestPurge(now, due.size(), removedFiles, oldest));
            return new Purged(due.size(), removedFiles, oldest);
        });
        if (purged.requests() > 0) {
            log.info("Retention of {}: {} request(s) purged, {} file(s) removed, the oldest closed at {}", tenant,
                    purged.requests(), purged.files(), purged.oldestClosedAt());
        }
        return purged;
    }


    /** What a purge did: requests purged, files removed from disk, the oldest closing among them. */
    public record Purged(int requests, int files, Instant oldestClosedAt) {

        static final Purged NOTHING = new Purged(0, 0, null);
    }
}
