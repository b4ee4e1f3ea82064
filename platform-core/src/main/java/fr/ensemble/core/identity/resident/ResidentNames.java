package fr.ensemble.core.identity.resident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Residents' names for a commune's records (a request's search document), from the shared profiles. Tenant
 * roles may not read the profiles, so this reads them on a connection of its own, acting as the login role,
 * whatever tenant transaction the caller is in.
 */
@Component
public class ResidentNames {

    private final DataSource loginRole;

    ResidentNames(DataSource loginRole) {
        this.loginRole = loginRole;
    }

    /** "Given Family" by subject; subjects without a profile or a name are left out. */
    public Map<String, String> of(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        if (subjects.isEmpty()) {
            return names;
        }
        // Not through DataSourceUtils: the caller's transaction holds a connection acting as a tenant.
        try (Connection connection = loginRole.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT subject, concat_ws(' ', given_name, family_name) FROM territoire.resident_profile
                        WHERE subject = ANY (?)""")) {
            query.setArray(1, connection.createArrayOf("varchar", subjects.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(2).isBlank()) {
                        names.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Residents' names could not be read", e);
        }
        return names;
    }
}
