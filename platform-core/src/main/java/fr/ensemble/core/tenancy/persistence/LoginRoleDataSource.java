package fr.ensemble.core.tenancy.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource: every connection it hands out acts as the login role, whatever tenant it
 * served before. Only {@link TenantConnectionProvider} takes connections that act as a tenant.
 */
public class LoginRoleDataSource extends DelegatingDataSource {

    private final ConnectionRoles roles;

    public LoginRoleDataSource(DataSource pool, ConnectionRoles roles) {
        super(pool);
        this.roles = roles;
    }

    ConnectionRoles roles() {
        return roles;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        try {
            roles.actAsLoginRole(connection);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Connections are taken with the configured login role only");
    }
}
