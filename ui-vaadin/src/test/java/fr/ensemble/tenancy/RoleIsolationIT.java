package fr.ensemble.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.platform.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Isolation is enforced by PostgreSQL itself: acting as one tenant's role, every table of every other
 * tenant's schema refuses reads and writes, whatever the application code does.
 */
@IntegrationTest
class RoleIsolationIT {

    private static final String PERMISSION_DENIED = "42501";

    @Autowired
    DataSourceProperties dataSourceProperties;

    @Autowired
    TenantRegistry registry;

    @Test
    void everyTenantRoleIsDeniedEveryTableOfEveryOtherTenant() throws SQLException {
        List<Tenant> tenants = registry.all();
        List<String> leaks = new ArrayList<>();
        int attempts = 0;
        try (Connection connection = unpooledConnection()) {
            for (Tenant actor : tenants) {
                execute(connection, "SET ROLE " + actor.role());
                for (Tenant target : tenants) {
                    if (target.equals(actor)) {
                        continue;
                    }
                    List<String> tables = tablesOf(connection, target);
                    assertThat(tables).as("tables of %s", target.slug()).isNotEmpty();
                    for (String table : tables) {
                        for (String sql : List.of("SELECT * FROM " + table, "INSERT INTO " + table + " DEFAULT VALUES",
                                "DELETE FROM " + table, "TRUNCATE " + table)) {
                            attempts++;
                            if (!deniedAsPermission(connection, sql)) {
                                leaks.add(actor.role() + ": " + sql);
                            }
                        }
                    }
                }
                execute(connection, "RESET ROLE");
            }
        }
        assertThat(attempts).isGreaterThanOrEqualTo(tenants.size() * (tenants.size() - 1) * 4);
        assertThat(leaks).isEmpty();
    }

    @Test
    void aTenantRoleReadsTheRegistryButCannotChangeIt() throws SQLException {
        try (Connection connection = unpooledConnection()) {
            execute(connection, "SET ROLE tenant_pantin");
            execute(connection, "SELECT count(*) FROM territoire.tenant");
            assertThat(deniedAsPermission(connection, "UPDATE territoire.tenant SET name = 'Pantin' WHERE slug = 'pantin'")).isTrue();
            assertThat(deniedAsPermission(connection, "DELETE FROM territoire.tenant")).isTrue();
        }
    }

    @Test
    void theLoginRoleAloneReadsNoTenantData() throws SQLException {
        try (Connection connection = unpooledConnection()) {
            assertThat(deniedAsPermission(connection, "SELECT * FROM t_pantin.commune_settings")).isTrue();
        }
    }

    /** A connection of the application's login role outside the pool, so that no role set here leaks. */
    private Connection unpooledConnection() throws SQLException {
        return DriverManager.getConnection(dataSourceProperties.getUrl(), dataSourceProperties.getUsername(),
                dataSourceProperties.getPassword());
    }

    /** Every table of the tenant's schema, listed from the catalogue (readable by every role). */
    private static List<String> tablesOf(Connection connection, Tenant tenant) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.prepareStatement(
                "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename")) {
            statement.setString(1, tenant.schema());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static boolean deniedAsPermission(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return false;
        } catch (SQLException e) {
            if (!PERMISSION_DENIED.equals(e.getSQLState())) {
                fail("%s failed with %s (%s) instead of permission denied", sql, e.getSQLState(), e.getMessage());
            }
            return true;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
