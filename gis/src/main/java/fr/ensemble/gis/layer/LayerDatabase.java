package fr.ensemble.gis.layer;

import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.core.tenancy.persistence.TenantJdbc;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a layer's tables are: a shared layer's in the {@code territoire} schema, read and written by the
 * application's login role; a commune's in the commune's schema, reached only by acting as the commune's
 * database role. SQL names its tables through {@link #schema(String)}, never through the search path, so that
 * a missing table can never fall through to another schema's.
 */
@Component
class LayerDatabase {

    private static final String SHARED_SCHEMA = "territoire";

    private final JdbcTemplate shared;
    private final TransactionTemplate sharedWriting;
    private final TenantJdbc tenants;
    private final TenantRegistry registry;

    LayerDatabase(DataSource dataSource, TenantJdbc tenants, TenantRegistry registry) {
        this.shared = new JdbcTemplate(dataSource);
        this.sharedWriting = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.tenants = tenants;
        this.registry = registry;
    }

    /** @param commune the commune's slug, {@code null} for the shared layers */
    <T> T read(String commune, Function<JdbcTemplate, T> work) {
        return commune == null ? work.apply(shared) : tenants.read(registry.require(commune), work);
    }

    /** One transaction: all of the work or none of it. */
    <T> T write(String commune, Function<JdbcTemplate, T> work) {
        return commune == null ? sharedWriting.execute(status -> work.apply(shared))
                : tenants.write(registry.require(commune), work);
    }

    /** The schema of a commune's layers (from a registered, validated slug: safe to inline), or the shared one. */
    String schema(String commune) {
        return commune == null ? SHARED_SCHEMA : registry.require(commune).schema();
    }
}
