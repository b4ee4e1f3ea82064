package fr.ensemble.core.search;

import fr.ensemble.core.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, inside the caller's transaction, that a document of the current tenant changed (or was removed):
 * {@link SearchDispatcher} delivers it to Elasticsearch once the change is committed, and retries until it is
 * done. A rolled-back change leaves nothing to index.
 */
@Service
public class SearchOutbox {

    private final IndexEventRepository events;
    private final Clock clock;

    SearchOutbox(IndexEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String type, String id) {
        TenantContext.current().orElseThrow(() -> new IllegalStateException("A document is indexed for a tenant"));
        events.save(new IndexEvent(type, id, clock.instant()));
    }

    /**
     * Asks for the current tenant's whole reindex (e.g. after a backup was restored): its documents are removed
     * from every index, then each is delivered again from PostgreSQL.
     */
    @Transactional
    public void reindexEverything() {
        changed(IndexEvent.EVERYTHING, IndexEvent.EVERYTHING);
    }

    /** The events not delivered yet, as {@code type/id (attempts: error)}, for tests and the back office. */
    @Transactional(readOnly = true)
    public List<String> waiting() {
        return events.findAll().stream().map(event -> event.getDocumentType() + "/" + event.getDocumentId()
                + (event.getAttempts() == 0 ? "" : " (" + event.getAttempts() + ": " + event.getLastError() + ")")).toList();
    }
}
