package fr.ensemble.gis.layer;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the shared {@code communes} layer with the nine outlines (WGS84 GeoJSON shipped with the module),
 * reprojected to Lambert-93 and made valid by PostGIS, the first time the platform starts.
 */
@Component
class CommuneOutlines {

    private static final Logger log = LoggerFactory.getLogger(CommuneOutlines.class);
    private static final ClassPathResource OUTLINES = new ClassPathResource("gis/communes.geojson");

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CommuneOutlines(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seedWhenEmpty() throws IOException {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT FROM territoire.feature WHERE layer_id = 'communes')", Boolean.class))) {
            return;
        }
        JsonNode collection;
        try (InputStream input = OUTLINES.getInputStream()) {
            collection = json.readTree(input);
        }
        for (JsonNode feature : collection.path("features")) {
            jdbc.update("""
                    INSERT INTO territoire.feature (layer_id, properties, geom)
                    VALUES ('communes', ?::jsonb, ST_Multi(ST_MakeValid(ST_Transform(
                        ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), 2154))))""",
                    json.writeValueAsString(feature.path("properties")), json.writeValueAsString(feature.path("geometry")));
        }
        log.info("GIS: communes layer seeded with {} outlines", collection.path("features").size());
    }
}
