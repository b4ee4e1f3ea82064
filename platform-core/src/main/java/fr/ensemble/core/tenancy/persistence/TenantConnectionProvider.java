package fr.ensemble.core.tenancy.persistence;

import com.zaxxer.hikari.HikariDataSource;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a connection that acts as the tenant's database role with the tenant's schema first on the
 * search path; PostgreSQL's grants then keep every other tenant's tables out of reach. Connections go back to
 * the pool as the login role again. ({@code Connection.setSchema} is not used: it would drop {@code public},
 * where PostGIS lives, and the shared schema from the search path.)
 */
public class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    /** The identifier of sessions that work for no tenant: they see the shared schema only. */
    public static final String SHARED = "territoire";

    private final DataSource dataSource;
    private final TenantRegistry registry;

    public TenantConnectionProvider(DataSource dataSource, TenantRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        if (SHARED.equals(tenantIdentifier)) {
            return getAnyConnection();
        }
        Tenant tenant = registry.require(tenantIdentifier);
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(actAs(tenant));
            return connection;
        } catch (SQLException e) {
            discard(dataSource, connection);
            throw e;
        }
    }

    /** The role and schema names come from a registered, validated slug: safe to inline. */
    static String actAs(Tenant tenant) {
        return "SET ROLE " + tenant.role() + "; SET search_path TO " + tenant.schema() + ", territoire, public";
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        if (SHARED.equals(tenantIdentifier)) {
            releaseAnyConnection(connection);
            return;
        }
        resetAndRelease(dataSource, connection);
    }

    /** Gives a connection back to the pool as the login role with its default search path. */
    public static void resetAndRelease(DataSource dataSource, Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET ROLE; RESET search_path");
            connection.close();
        } catch (SQLException e) {
            discard(dataSource, connection);
        }
    }

    /** A connection whose role could not be reset must never serve another tenant: evict it from the pool. */
    private static void discard(DataSource dataSource, Connection connection) {
        try {
            if (dataSource instanceof HikariDataSource hikari) {
                hikari.evictConnection(connection);
            } else {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is unusable either way
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean handlesConnectionSchema() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (isUnwrappableAs(type)) {
            return type.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + type);
    }
}
