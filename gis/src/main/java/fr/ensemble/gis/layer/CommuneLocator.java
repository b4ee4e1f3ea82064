package fr.ensemble.gis.layer;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Which commune of the territory a position lies in, from the shared {@code communes} layer. */
@Service
public class CommuneLocator {

    private final JdbcTemplate jdbc;

    public CommuneLocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The INSEE code of the commune containing the WGS84 point, if it lies in the territory. */
    public Optional<String> inseeCodeAt(double longitude, double latitude) {
        return jdbc.queryForList("""
                SELECT properties->>'insee' FROM territoire.feature
                WHERE layer_id = 'communes'
                  AND ST_Intersects(geom, ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 2154))
                ORDER BY id LIMIT 1""", String.class, longitude, latitude).stream().findFirst();
    }
}
