package fr.ensemble.core.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers what the search outboxes hold, tenant by tenant: each document is read from PostgreSQL as it is now
 * and written to (or removed from) its index in one bulk request. A delivery that fails stays in the outbox and
 * is tried again later, so an Elasticsearch outage delays the search and loses nothing.
 */
@Service
public class SearchDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SearchDispatcher.class);
    private static final int BATCH = 200;
    private static final int REMOVAL_PAGE = 1000;

    private final TenantRegistry registry;
    private final IndexEventRepository events;
    private final Map<String, SearchDocuments> documentsByType;
    private final SearchIndexes indexes;
    private final ElasticsearchClient client;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SearchDispatcher(TenantRegistry registry, IndexEventRepository events, List<SearchDocuments> documents,
            SearchIndexes indexes, ElasticsearchClient client, PlatformTransactionManager transactions, Clock clock) {
        this.registry = registry;
        this.events = events;
        this.documentsByType = documents.stream().collect(Collectors.toMap(SearchDocuments::type, Function.identity()));
        this.indexes = indexes;
        this.client = client;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ensemble.search.outbox-interval:2s}")
    public void deliverDue() {
        for (Tenant tenant : registry.all()) {
            try {
                TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status -> deliverBatch(tenant.slug())));
            } catch (RuntimeException e) {
                log.error("Search outbox of {}: this round failed, the documents stay queued", tenant.slug(), e);
            }
        }
    }

    private void deliverBatch(String tenant) {
        // One dispatcher per tenant at a time (several instances run it): each delivery reads the documents after
        // the previous one wrote them, so the index never ends with an older state than PostgreSQL's.
        if (!events.lockDispatch()) {
            return;
        }
        Instant now = clock.instant();
        List<IndexEvent> due = events.lockDue(now, BATCH);
        Map<String, List<IndexEvent>> byType = new LinkedHashMap<>();
        for (IndexEvent event : due) {
            if (event.asksForEverything()) {
                reindex(tenant, event, now);
            } else {
                byType.computeIfAbsent(event.getDocumentType(), type -> new ArrayList<>()).add(event);
            }
        }
        byType.forEach((type, typed) -> deliver(tenant, type, typed, now));
    }

    /** Removes the tenant's documents from every index and queues each of them again. */
    private void reindex(String tenant, IndexEvent request, Instant now) {
        try {
            for (SearchDocuments documents : documentsByType.values()) {
                indexes.ensure(documents, tenant);
                removeAll(documents.type(), tenant);
                events.saveAll(documents.allIds().stream().map(id -> new IndexEvent(documents.type(), id, now)).toList());
            }
            events.delete(request);
            log.info("Search of {}: reindex started, every document queued again", tenant);
        } catch (Exception e) {
            request.failed(e.getMessage(), now);
            log.warn("Search of {}: reindex not started (attempt {}): {}", tenant, request.getAttempts(), e.getMessage());
        }
    }

    /**
     * Deletes the tenant's documents of that kind, a page of ids at a time (the stack's distribution has no
     * delete-by-query).
     */
    private void removeAll(String type, String tenant) throws IOException {
        String alias = indexes.alias(type, tenant);
        while (true) {
            client.indices().refresh(refresh -> refresh.index(alias));
            List<String> ids = client.search(search -> search.index(alias).size(REMOVAL_PAGE).source(source -> source.fetch(false))
                    .query(query -> query.term(term -> term.field(SearchIndexes.TENANT_FIELD).value(tenant))), Object.class)
                    .hits().hits().stream().map(Hit::id).toList();
            if (ids.isEmpty()) {
                return;
            }
            client.bulk(bulk -> bulk.operations(ids.stream().map(id -> BulkOperation.of(operation -> operation.delete(
                    delete -> delete.index(indexes.index(type)).id(id)))).toList()));
        }
    }

    private void deliver(String tenant, String type, List<IndexEvent> typed, Instant now) {
        SearchDocuments documents = documentsByType.get(type);
        if (documents == null) {
            typed.forEach(event -> event.failed("no module indexes documents of type " + type, now));
            return;
        }
        try {
            indexes.ensure(documents, tenant);
            List<String> ids = typed.stream().map(IndexEvent::getDocumentId).distinct().toList();
            Map<String, Map<String, Object>> current = documents.load(ids);
            String index = indexes.index(type);
            List<BulkOperation> operations = ids.stream().map(id -> operation(index, tenant, id, current.get(id))).toList();
            BulkResponse response = client.bulk(bulk -> bulk.operations(operations));
            Map<String, String> failures = new LinkedHashMap<>();
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    failures.put(item.id(), item.error().type() + ": " + item.error().reason());
                }
            }
            for (IndexEvent event : typed) {
                String failure = failures.get(SearchIndexes.documentId(tenant, event.getDocumentId()));
                if (failure == null) {
                    events.delete(event);
                } else {
                    event.failed(failure, now);
                }
            }
            if (!failures.isEmpty()) {
                log.warn("Search outbox of {}: {} {} document(s) refused, retried later: {}", tenant, failures.size(), type,
                        failures.values().iterator().next());
            }
        } catch (Exception e) {
            typed.forEach(event -> event.failed(e.getMessage(), now));
            log.warn("Search outbox of {}: {} {} document(s) not delivered (attempt {}), retried later: {}", tenant,
                    typed.size(), type, typed.getFirst().getAttempts(), e.getMessage());
        }
    }

    private static BulkOperation operation(String index, String tenant, String id, Map<String, Object> document) {
        String documentId = SearchIndexes.documentId(tenant, id);
        if (document == null) {
            return BulkOperation.of(operation -> operation.delete(delete -> delete.index(index).id(documentId)));
        }
        Map<String, Object> withTenant = new LinkedHashMap<>(document);
        withTenant.put(SearchIndexes.TENANT_FIELD, tenant);
        return BulkOperation.of(operation -> operation.index(write -> write.index(index).id(documentId).document(withTenant)));
    }
}
