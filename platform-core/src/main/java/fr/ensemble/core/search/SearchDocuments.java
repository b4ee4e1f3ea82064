package fr.ensemble.core.search;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A kind of document that a module indexes (one Elasticsearch index per kind, shared by the tenants): how its
 * fields are mapped, and how to read its documents from PostgreSQL in the current tenant. Documents are always
 * read at delivery time, so the index gets them as they are then, whatever happened in between.
 */
public interface SearchDocuments {

    /** The kind's name, part of the index name: lower-case letters and dashes. */
    String type();

    /** The mapping of the document's fields (the {@code tenant} field is added by the platform). */
    Map<String, Property> properties();

    /**
     * The current tenant's documents of those ids as they are now; an id left out of the answer no longer
     * exists and is removed from the index.
     */
    Map<String, Map<String, Object>> load(Collection<String> ids);

    /** Every id of the current tenant, for a reindex. */
    List<String> allIds();
}
