package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantInitializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passport and ID-card appointment types for every commune, and a starting agenda (town hall, desks, weekly
 * hours) for the communes that opened theirs on the platform (Pantin, Bagnolet). Added once: a commune's changes
 * are never overwritten.
 */
@Component
class DefaultAgendas implements TenantInitializer {

    private final JsonNode agendas;

    DefaultAgendas(JsonMapper json) {
        try (InputStream input = new ClassPathResource("rendezvous/agendas.json").getInputStream()) {
            this.agendas = json.readTree(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void initialize(Tenant tenant, JdbcTemplate jdbc) {
        if (!tenant.isCommune()) {
            return;
        }
        for (JsonNode type : agendas.path("types")) {
            jdbc.update("""
                    INSERT INTO appointment_type (slug, label, kind, first_person_minutes, extra_person_minutes, max_people,
                        minimum_notice_minutes, maximum_advance_days, documents, ants_published)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING""",
                    type.path("slug").asString(), type.path("label").asString(), type.path("kind").asString(),
                    type.path("firstPerson").asInt(), type.path("extraPerson").asInt(), type.path("maxPeople").asInt(),
                    type.path("noticeMinutes").asInt(), type.path("advanceDays").asInt(), type.path("documents").asString(),
                    type.path("antsPublished").asBoolean(false));
        }
        for (JsonNode place : agendas.path("communes").path(tenant.slug())) {
            List<Long> inserted = jdbc.queryForList("""
                    INSERT INTO place (slug, name, address, postal_code, city, longitude, latitude, accessibility, phone,
                        ants_published)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, true) ON CONFLICT (slug) DO NOTHING RETURNING id""", Long.class,
                    place.path("slug").asString(), place.path("name").asString(), place.path("address").asString(),
                    place.path("postalCode").asString(), place.path("city").asString(), place.path("longitude").asDouble(),
                    place.path("latitude").asDouble(), place.path("accessibility").asString(), place.path("phone").asString());
            inserted.forEach(placeId -> place.path("desks").forEach(desk -> addDesk(jdbc, placeId, desk)));
        }
    }

    private static void addDesk(JdbcTemplate jdbc, long placeId, JsonNode desk) {
        Long deskId = jdbc.queryForObject("INSERT INTO desk (place_id, name, feed_token) VALUES (?, ?, ?) RETURNING id",
                Long.class, placeId, desk.path("name").asString(), FeedTokens.next());
        desk.path("types").forEach(type -> jdbc.update(
                "INSERT INTO desk_type (desk_id, type_id) SELECT ?, id FROM appointment_type WHERE slug = ?",
                deskId, type.asString()));
        desk.path("hours").properties().forEach(day -> day.getValue().forEach(span -> {
            String[] times = span.asString().split("-");
            jdbc.update("INSERT INTO desk_hours (desk_id, day_of_week, opens_at, closes_at) VALUES (?, ?, ?, ?)", deskId,
                    DayOfWeek.valueOf(day.getKey()).getValue(), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        }));
    }
}
