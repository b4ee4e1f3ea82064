package fr.ensemble.demarches.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantInitializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A starting catalogue for every commune (the procedures the source document names: contacting the elected
 * officials, reporting a problem in the street, greening permits, school registration...) and one for the
 * territory, each with a first published form (and its own workflow, or its limited places, where it has them), and for a commune its
 * departments with the rules that route requests to them. Added once: a commune's changes are never overwritten.
 */
@Component
class DefaultProcedures implements TenantInitializer {

    private final JsonNode catalogue;
    private final JsonMapper json;

    DefaultProcedures(JsonMapper json) {
        this.json = json;
        try (InputStream input = new ClassPathResource("demarches/procedures.json").getInputStream()) {
            this.catalogue = json.readTree(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void initialize(Tenant tenant, JdbcTemplate jdbc) {
        for (JsonNode procedure : catalogue.path(tenant.isCommune() ? "commune" : "territoire")) {
            List<Long> inserted = jdbc.queryForList("""
                    INSERT INTO procedure (slug, title, category, summary, required_documents, expected_delay, channel,
                                           anonymous_allowed, workflow, allocation)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb) ON CONFLICT (slug) DO NOTHING RETURNING id""", Long.class,
                    text(procedure, "slug"), text(procedure, "title"), text(procedure, "category"),
                    text(procedure, "summary"), text(procedure, "documents"), text(procedure, "delay"),
                    text(procedure, "channel"), procedure.path("anonymous").asBoolean(false),
                    jsonOrNull(procedure.path("workflow")), jsonOrNull(procedure.path("allocation")));
            inserted.forEach(id -> jdbc.update("""
                    INSERT INTO procedure_form (procedure_id, number, definition, published_at)
                    VALUES (?, 1, ?::jsonb, now())""", id, json.writeValueAsString(procedure.path("form"))));
        }
        if (tenant.isCommune()) {
            seedRouting(jdbc);
        }
    }

    /**
     * The departments and routing rules of a commune that has none yet (a commune that organised its own keeps them).
     */
    private void seedRouting(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT count(*) FROM department", Long.class) > 0) {
            return;
        }
        int position = 0;
        for (JsonNode rule : catalogue.path("routing")) {
            Long department = jdbc.queryForObject("""
                    INSERT INTO department (name) VALUES (?)
                    ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id""", Long.class, text(rule, "department"));
            jdbc.update("""
                    INSERT INTO routing_rule (position, procedure_id, field_id, field_value, department_id)
                    SELECT ?, id, ?, ?, ? FROM procedure WHERE slug = ?""", ++position, text(rule, "field"),
                    text(rule, "value"), department, text(rule, "procedure"));
        }
    }

    private String jsonOrNull(JsonNode node) {
        return node.isMissingNode() ? null : json.writeValueAsString(node);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
