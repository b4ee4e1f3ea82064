package fr.ensemble.core.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import fr.ensemble.core.tenancy.TenantContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Searches the current tenant's documents of one kind. Every search goes through the tenant's filtered alias
 * (and filters on the tenant once more), so no query a module writes can reach another tenant's documents.
 */
@Service
public class TenantSearch {

    @SuppressWarnings("rawtypes")
    private static final Class<Map> DOCUMENT = Map.class;

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    TenantSearch(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    /**
     * The best matches first (then in the given order); nothing while the tenant has nothing indexed yet.
     *
     * @throws SearchUnavailableException when Elasticsearch does not answer
     */
    @SuppressWarnings("unchecked")
    public Found search(String type, Query query, List<SortOptions> sort, int size) {
        String tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("A search runs for a tenant"));
        try {
            SearchResponse<Map> response = client.search(search -> search.index(indexes.alias(type, tenant))
                    .query(within -> within.bool(bool -> bool.must(query)
                            .filter(filter -> filter.term(term -> term.field(SearchIndexes.TENANT_FIELD).value(tenant)))))
                    .sort(sort).size(size).trackTotalHits(total -> total.enabled(true)), DOCUMENT);
            String prefix = SearchIndexes.documentId(tenant, "");
            List<Hit> hits = response.hits().hits().stream()
                    .map(hit -> new Hit(hit.id().substring(prefix.length()), (Map<String, Object>) hit.source())).toList();
            return new Found(response.hits().total() == null ? hits.size() : response.hits().total().value(), hits);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new Found(0, List.of());
            }
            throw new SearchUnavailableException(e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
    }

    /** How many documents match in all, and the first ones. */
    public record Found(long total, List<Hit> hits) {
    }

    /** A document found: its id in the module, and its fields as indexed. */
    public record Hit(String id, Map<String, Object> document) {
    }
}
