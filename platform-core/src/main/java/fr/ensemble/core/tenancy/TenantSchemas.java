package fr.ensemble.core.tenancy;

import fr.ensemble.core.tenancy.persistence.ConnectionRoles;
import fr.ensemble.core.tenancy.persistence.TenantJdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates each tenant's database role and schema and applies the tenant migrations that the modules
 * contribute under {@code db/migration/tenant}. Everything here is idempotent: it runs at every start.
 */
@Service
public class TenantSchemas implements SmartInitializingSingleton {

    static final String TENANT_MIGRATIONS = "classpath:db/migration/tenant";
    private static final Logger log = LoggerFactory.getLogger(TenantSchemas.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TenantRegistry registry;

    private final List<TenantInitializer> initializers;
    private final ConnectionRoles roles;
    private final TenantJdbc tenantJdbc;

    public TenantSchemas(DataSource dataSource, JdbcTemplate jdbc, TenantRegistry registry,
            List<TenantInitializer> initializers, ConnectionRoles roles, TenantJdbc tenantJdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.registry = registry;
        this.initializers = initializers;
        this.roles = roles;
        this.tenantJdbc = tenantJdbc;
    }

    /** At startup, once the shared schema is migrated and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        prepareAll();
    }

    /** Prepares every registered tenant; one failing tenant does not stop the others, but fails the whole. */
    public void prepareAll() {
        List<String> failures = new ArrayList<>();
        for (Tenant tenant : registry.registered()) {
            try {
                prepare(tenant);
            } catch (RuntimeException e) {
                log.error("Tenant {}: preparing its schema failed", tenant.slug(), e);
                failures.add(tenant.slug() + " (" + e.getMessage() + ")");
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Tenant schemas could not be prepared for: " + String.join(", ", failures));
        }
    }

    public void prepare(Tenant tenant) {
        createRoleAndSchema(tenant);
        migrate(tenant);
        initializers.forEach(initializer -> initialize(tenant, initializer));
    }

    /**
     * One transaction (PostgreSQL's DDL is transactional): the role, its membership, the schema it owns,
     * all or nothing. The login role may then SET ROLE to it but, being NOINHERIT, holds none of its rights.
     */
    private void createRoleAndSchema(Tenant tenant) {
        String role = tenant.role();
        transaction.executeWithoutResult(status -> {
            jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('ensemble-tenant-provisioning'))");
            if (!Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = ?)", Boolean.class, role))) {
                jdbc.execute("CREATE ROLE " + role + " NOLOGIN IN ROLE ensemble_tenants");
            }
            jdbc.execute("GRANT " + role + " TO CURRENT_USER");
            jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + tenant.schema() + " AUTHORIZATION " + role);
        });
    }

    /**
     * Migrations run as the tenant's role, so that the tenant owns every object they create. Flyway gets one
     * connection of its own, reset to the login role before it returns to the pool.
     */
    private void migrate(Tenant tenant) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                var result = Flyway.configure()
                        .dataSource(new SingleConnectionDataSource(connection, true))
                        .schemas(tenant.schema())
                        .defaultSchema(tenant.schema())
                        .createSchemas(false)
                        .initSql("SET ROLE " + tenant.role())
                        .locations(TENANT_MIGRATIONS)
                        .outOfOrder(true)
                        .load()
                        .migrate();
                if (result.migrationsExecuted > 0) {
                    log.info("Tenant {}: {} migration(s) applied, schema now at version {}", tenant.slug(),
                            result.migrationsExecuted, result.targetSchemaVersion);
                }
            } finally {
                resetQuietly(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant " + tenant.slug() + ": connection failed around migrations", e);
        }
    }

    /** A failed reset already evicted the connection; the migration's own outcome is what matters. */
    private void resetQuietly(Connection connection) {
        try {
            roles.reset(connection);
        } catch (SQLException e) {
            log.warn("Connection evicted: its role could not be reset after migrations", e);
        }
    }

    private void initialize(Tenant tenant, TenantInitializer initializer) {
        TenantContext.run(tenant.slug(), () -> tenantJdbc.write(tenant, tenantSql -> {
            initializer.initialize(tenant, tenantSql);
            return null;
        }));
    }
}
