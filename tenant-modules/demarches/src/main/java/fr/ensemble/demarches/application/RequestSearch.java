package fr.ensemble.demarches.application;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import fr.ensemble.core.search.TenantSearch;
import fr.ensemble.demarches.application.Instruction.InboxRow;
import fr.ensemble.demarches.domain.Procedure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The search of the current tenant's requests for its {@code instructeur} agents: a tracking number (whole or
 * its last digits), a resident's name or e-mail, words of the answers or messages (French stemming, accents
 * ignored), optionally one status and one procedure. Elasticsearch answers through the commune's alias only.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'instructeur')")
public class RequestSearch {

    private static final List<String> FIELDS = List.of("trackingNumber.words^4", "residentName^3", "email.words^3",
            "procedureTitle^2", "answers", "messages");
    private static final List<SortOptions> BEST_THEN_NEWEST = List.of(
            SortOptions.of(sort -> sort.score(score -> score.order(SortOrder.Desc))),
            SortOptions.of(sort -> sort.field(field -> field.field("submittedAt").order(SortOrder.Desc))));

    private final TenantSearch search;

    RequestSearch(TenantSearch search) {
        this.search = search;
    }

    /** The matching requests, best first, as lines of the inbox; every word typed must match somewhere. */
    public List<InboxRow> find(String words, String status, Procedure procedure, int limit) {
        String text = words == null ? "" : words.strip();
        List<Query> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Query.of(q -> q.term(term -> term.field("status").value(status))));
        }
        if (procedure != null) {
            filters.add(Query.of(q -> q.term(term -> term.field("procedure").value(procedure.getSlug()))));
        }
        Query query = Query.of(q -> q.bool(bool -> {
            bool.filter(filters);
            if (!text.isEmpty()) {
                bool.should(should -> should.term(term -> term.field("trackingNumber")
                                .value(text.toUpperCase(Locale.ROOT)).boost(10f)))
                        .should(should -> should.multiMatch(match -> match.query(text).fields(FIELDS)
                                .type(TextQueryType.CrossFields).operator(Operator.And)))
                        .minimumShouldMatch("1");
            }
            return bool;
        }));
        return search.search(RequestSearchDocuments.TYPE, query, BEST_THEN_NEWEST, limit).hits().stream()
                .map(hit -> row(hit.document())).toList();
    }

    private static InboxRow row(Map<String, Object> document) {
        return new InboxRow((String) document.get("trackingNumber"), (String) document.get("procedureTitle"),
                (String) document.get("statusLabel"), Instant.parse((String) document.get("submittedAt")),
                (String) document.get("email"), (String) document.get("department"), (String) document.get("assignee"));
    }
}
