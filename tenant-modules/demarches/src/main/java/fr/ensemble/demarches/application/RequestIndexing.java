package fr.ensemble.demarches.application;

import fr.ensemble.core.search.SearchOutbox;
import fr.ensemble.demarches.domain.Request;
import org.springframework.stereotype.Component;

/**
 * Tells the search that a request changed (filed, moved, written about, purged, anonymised), inside the
 * transaction of that change: its document is rebuilt from PostgreSQL once the change is committed.
 */
@Component
public class RequestIndexing {

    private final SearchOutbox outbox;

    RequestIndexing(SearchOutbox outbox) {
        this.outbox = outbox;
    }

    public void changed(Request request) {
        changed(request.getId());
    }

    public void changed(long requestId) {
        outbox.changed(RequestSearchDocuments.TYPE, Long.toString(requestId));
    }
}
