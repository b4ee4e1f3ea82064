package fr.ensemble.core.tenancy.persistence;

import com.zaxxer.hikari.HikariDataSource;
import fr.ensemble.core.tenancy.Tenant;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.postgresql.PGConnection;

/**
 * Which tenant role each physical connection of the pool acts as. A connection is switched to a tenant's role
 * and schema when taken for that tenant, and back to the login role when taken by anything else, each time
 * only if it is not already so: a pool that keeps serving one tenant pays no extra round trip. (The role and
 * search path are set outside any transaction, so no rollback can undo them behind this record's back.)
 */
public class ConnectionRoles {

    private final HikariDataSource pool;
    private final Map<Object, String> actingAs = Collections.synchronizedMap(new WeakHashMap<>());

    public ConnectionRoles(HikariDataSource pool) {
        this.pool = pool;
    }

    /** The role and schema names come from a registered, validated slug: safe to inline. */
    void actAs(Connection connection, Tenant tenant) throws SQLException {
        Object physical = physical(connection);
        if (tenant.slug().equals(actingAs.get(physical))) {
            return;
        }
        execute(connection, "SET ROLE " + tenant.role() + "; SET search_path TO " + tenant.schema()
                + ", territoire, public");
        actingAs.put(physical, tenant.slug());
    }

    void actAsLoginRole(Connection connection) throws SQLException {
        Object physical = physical(connection);
        if (actingAs.containsKey(physical)) {
            execute(connection, "RESET ROLE; RESET search_path");
            actingAs.remove(physical);
        }
    }

    /** For code that changed the role itself (Flyway's init SQL): back to the login role, unconditionally. */
    public void reset(Connection connection) throws SQLException {
        execute(connection, "RESET ROLE; RESET search_path");
        actingAs.remove(physical(connection));
    }

    private void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            // Its role is now unknown: it must never serve anyone again.
            actingAs.remove(physical(connection));
            pool.evictConnection(connection);
            throw e;
        }
    }

    private static Object physical(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : connection;
    }
}
