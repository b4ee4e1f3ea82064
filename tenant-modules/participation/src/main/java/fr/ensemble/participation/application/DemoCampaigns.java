package fr.ensemble.participation.application;

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
 * Demo campaigns from the source document's "pacte citoyen" (Pantin's participatory budget and a citizen vote
 * naming the renovated gymnasium, a concertation map of the town centre, a territory vote), their phases placed around the day they are first added so
 * that their vote is open. Added once per tenant named in {@code participation/demo-campaigns.json}; never
 * overwritten.
 */
@Component
class DemoCampaigns implements TenantInitializer {

    private final JsonNode demo;

    DemoCampaigns(JsonMapper json) {
        try (InputStream input = new ClassPathResource("participation/demo-campaigns.json").getInputStream()) {
            this.demo = json.readTree(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isMissingNode() ? null : node.path(field).asString();
    }

    @Override
    public void initialize(Tenant tenant, JdbcTemplate jdbc) {
        for (JsonNode campaign : demo.path(tenant.slug())) {
            List<Long> inserted = jdbc.queryForList("""
                    INSERT INTO campaign (slug, kind, title, description, ballot_rule, max_choices, envelope_cents,
                                          minimum_age, published, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, true, 'démonstration', now())
                    ON CONFLICT (slug) DO NOTHING RETURNING id""", Long.class,
                    campaign.path("slug").asString(), campaign.path("kind").asString(), campaign.path("title").asString(),
                    campaign.path("description").asString(), text(campaign, "rule"),
                    campaign.path("maxChoices").isMissingNode() ? null : campaign.path("maxChoices").asInt(),
                    campaign.path("envelopeCents").isMissingNode() ? null : campaign.path("envelopeCents").asLong(),
                    campaign.path("minimumAge").asInt(0));
            for (Long id : inserted) {
                for (JsonNode phase : campaign.path("phases")) {
                    jdbc.update("""
                            INSERT INTO campaign_phase (campaign_id, phase, starts_on, ends_on)
                            VALUES (?, ?, current_date + ?, current_date + ?)""", id, phase.path("phase").asString(),
                            phase.path("from").asInt(), phase.path("to").asInt());
                }
                for (JsonNode question : campaign.path("questions")) {
                    jdbc.update("""
                            INSERT INTO council_question (campaign_id, author_subject, author_name, question, status, answer,
                                                          submitted_at, answered_at)
                            VALUES (?, 'demonstration', ?, ?, ?, ?, now(), CASE WHEN CAST(? AS text) IS NULL THEN NULL ELSE now() END)""",
                            id, question.path("author").asString(), question.path("question").asString(),
                            question.path("status").asString(), text(question, "answer"), text(question, "answer"));
                }
                int number = 0;
                for (JsonNode question : campaign.path("questionnaire")) {
                    List<String> choices = question.path("choices").valueStream().map(JsonNode::asString).toList();
                    jdbc.update("""
                            INSERT INTO consultation_question (campaign_id, position, kind, label, choices, required)
                            VALUES (?, ?, ?, ?, ?, ?)""", id, ++number, question.path("kind").asString(),
                            question.path("label").asString(), choices.toArray(String[]::new),
                            question.path("required").asBoolean(true));
                }
                List<String> categories = campaign.path("categories").valueStream().map(JsonNode::asString).toList();
                if (!categories.isEmpty()) {
                    List<Double> bounds = campaign.path("mapBounds").valueStream().map(JsonNode::asDouble).toList();
                    jdbc.update("UPDATE campaign SET comment_categories = ?, map_bounds = ? WHERE id = ?",
                            categories.toArray(String[]::new), bounds.isEmpty() ? null : bounds.toArray(Double[]::new), id);
                }
                if (campaign.path("anonymous").asBoolean(false)) {
                    jdbc.update("UPDATE campaign SET anonymous_responses = true WHERE id = ?", id);
                }
                int position = 0;
                for (JsonNode option : campaign.path("options")) {
                    jdbc.update("""
                            INSERT INTO ballot_option (campaign_id, position, title, description, cost_cents)
                            VALUES (?, ?, ?, ?, ?)""", id, ++position, option.path("title").asString(),
                            option.path("description").asString(),
                            option.path("costCents").isMissingNode() ? null : option.path("costCents").asLong());
                }
            }
        }
    }
}
