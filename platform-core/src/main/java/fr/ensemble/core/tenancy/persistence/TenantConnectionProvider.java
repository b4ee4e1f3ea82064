package fr.ensemble.core.tenancy.persistence;

import com.zaxxer.hikari.HikariDataSource;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a connection that acts as the tenant's database role with the tenant's schema first on the
 * search path; PostgreSQL's grants then keep every other tenant's tables out of reach. The tenant is checked
 * against the registry before any SQL. ({@code Connection.setSchema} is not used: it would drop {@code public},
 * where PostGIS lives, and the shared schema from the search path.)
 */
public class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    /** The identifier of sessions that work for no tenant: they see the shared schema only. */
    public static final String SHARED = "territoire";

    private final DataSource loginRole;
    private final HikariDataSource pool;
    private final ConnectionRoles roles;
    private final TenantRegistry registry;

    public TenantConnectionProvider(DataSource loginRole, HikariDataSource pool, ConnectionRoles roles,
            TenantRegistry registry) {
        this.loginRole = loginRole;
        this.pool = pool;
        this.roles = roles;
        this.registry = registry;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return loginRole.getConnection();
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
        Connection connection = pool.getConnection();
        try {
            roles.actAs(connection, tenant);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        connection.close();
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
