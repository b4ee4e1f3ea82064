package fr.ensemble.gis.layer;

import fr.ensemble.core.identity.resident.ResidenceLocator;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Which commune of the territory a position lies in, from the shared {@code communes} layer. */
@Service
public class CommuneLocator implements ResidenceLocator {

    private final JdbcTemplate jdbc;
    private final TenantRegistry registry;

    public CommuneLocator(JdbcTemplate jdbc, TenantRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Override
    public Optional<Tenant> communeAt(double longitude, double latitude) {
        return jdbc.queryForList("""
                SELECT properties->>'insee' FROM territoire.feature
                WHERE layer_id = 'communes'
                  AND ST_Intersects(geom, ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 2154))
                ORDER BY id LIMIT 1""", String.class, longitude, latitude).stream().findFirst()
                .flatMap(insee -> registry.communes().stream().filter(commune -> insee.equals(commune.inseeCode())).findFirst());
    }
}
