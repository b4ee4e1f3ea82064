package fr.ensemble.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.persistence.TenantConnectionProvider;
import fr.ensemble.platform.IntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pooled connections keep their tenant role between uses only for that same tenant: anyone else who takes one
 * gets it as the login role again, or as their own tenant.
 */
@IntegrationTest
class ConnectionRolesIT {

    @Autowired
    TenantConnectionProvider tenantConnections;

    @Autowired
    DataSource dataSource;

    @Test
    void aConnectionLeftByATenantServesOthersUnderTheirOwnRole() throws SQLException {
        for (int i = 0; i < 20; i++) {
            Connection pantin = tenantConnections.getConnection("pantin");
            assertThat(whoAmI(pantin)).isEqualTo("tenant_pantin t_pantin, territoire, public");
            tenantConnections.releaseConnection("pantin", pantin);

            Connection bagnolet = tenantConnections.getConnection("bagnolet");
            assertThat(whoAmI(bagnolet)).isEqualTo("tenant_bagnolet t_bagnolet, territoire, public");
            tenantConnections.releaseConnection("bagnolet", bagnolet);

            try (Connection shared = dataSource.getConnection()) {
                assertThat(whoAmI(shared)).startsWith("ensemble ").doesNotContain("t_");
            }
        }
    }

    private static String whoAmI(Connection connection) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("SELECT current_user || ' ' || current_setting('search_path')")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
