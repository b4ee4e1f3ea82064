package fr.ensemble.core.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the same work in every tenant, each in a transaction of its own: callers such as "Mon compte" hold a
 * transaction bound to the shared schema, which a tenant's work must neither join nor spoil.
 */
@Component
public class EveryTenant {

    private final TenantRegistry registry;
    private final TransactionTemplate transaction;

    EveryTenant(TenantRegistry registry, PlatformTransactionManager transactions) {
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void run(Consumer<Tenant> work) {
        for (Tenant tenant : registry.all()) {
            TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status -> work.accept(tenant)));
        }
    }

    /** What each tenant's work returns, tenant after tenant. */
    public <T> List<T> collect(Function<Tenant, List<T>> work) {
        List<T> all = new ArrayList<>();
        run(tenant -> all.addAll(work.apply(tenant)));
        return all;
    }
}
