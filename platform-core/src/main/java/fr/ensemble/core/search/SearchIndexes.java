package fr.ensemble.core.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The indexes and aliases: one index per kind of document ({@code ensemble-requests}) holding every tenant's
 * documents with their tenant in the {@code tenant} field, and per tenant a filtered alias
 * ({@code ensemble-requests-pantin}) through which alone that tenant's searches go. Created when first needed,
 * so that the application starts while Elasticsearch is down.
 */
@Component
public class SearchIndexes {

    /** Our French analyzer (plugin {@code infra/elasticsearch/french-analysis}). */
    public static final String FRENCH = "ensemble_french";
    static final String TENANT_FIELD = "tenant";

    private final ElasticsearchClient client;
    private final String prefix;
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    SearchIndexes(ElasticsearchClient client, @Value("${ensemble.search.index-prefix:ensemble}") String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    public String index(String type) {
        return prefix + "-" + type;
    }

    /** The tenant's filtered alias: its searches never see another tenant's documents. */
    public String alias(String type, String tenant) {
        return index(type) + "-" + tenant;
    }

    /** The ES document id: a module's ids are unique within a tenant only. */
    static String documentId(String tenant, String id) {
        return tenant + ":" + id;
    }

    /** Creates the kind's index and the tenant's alias if they are missing (remembered once they exist). */
    void ensure(SearchDocuments documents, String tenant) throws IOException {
        String index = index(documents.type());
        String alias = alias(documents.type(), tenant);
        if (ready.contains(alias)) {
            return;
        }
        if (!client.indices().exists(request -> request.index(index)).value()) {
            Map<String, Property> properties = new LinkedHashMap<>(documents.properties());
            properties.put(TENANT_FIELD, Property.of(property -> property.keyword(keyword -> keyword)));
            try {
                client.indices().create(request -> request.index(index)
                        .settings(settings -> settings.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(TypeMapping.of(mapping -> mapping.dynamic(DynamicMapping.False)
                                .properties(properties))));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        client.indices().updateAliases(request -> request.actions(action -> action.add(add -> add.index(index).alias(alias)
                .filter(filter -> filter.term(term -> term.field(TENANT_FIELD).value(tenant))))));
        ready.add(alias);
    }
}
