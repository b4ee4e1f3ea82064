package fr.ensemble.core.tenancy.persistence;

import fr.ensemble.core.tenancy.Tenant;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plain SQL inside one tenant, for code that needs the database's own functions (PostGIS) rather than
 * entities: the work runs in a transaction acting as the tenant's role, with the tenant's schema first on the
 * search path; both revert when the transaction ends ({@code SET LOCAL}), so the connection returns to the
 * pool as the login role.
 */
@Component
public class TenantJdbc {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    public TenantJdbc(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        var transactions = new DataSourceTransactionManager(dataSource);
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** Work that writes: committed when it returns, rolled back when it throws. */
    public <T> T write(Tenant tenant, Function<JdbcTemplate, T> work) {
        return writing.execute(status -> actingAs(tenant, work));
    }

    public <T> T read(Tenant tenant, Function<JdbcTemplate, T> work) {
        return reading.execute(status -> actingAs(tenant, work));
    }

    /** The role and schema names come from a registered, validated slug: safe to inline. */
    private <T> T actingAs(Tenant tenant, Function<JdbcTemplate, T> work) {
        jdbc.execute("SET LOCAL ROLE " + tenant.role());
        jdbc.execute("SET LOCAL search_path TO " + tenant.schema() + ", territoire, public");
        return work.apply(jdbc);
    }
}
