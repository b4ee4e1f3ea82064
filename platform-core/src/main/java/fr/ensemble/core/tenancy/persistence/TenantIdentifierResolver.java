package fr.ensemble.core.tenancy.persistence;

import fr.ensemble.core.tenancy.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** The tenant of a new Hibernate session: the thread's tenant context, or the shared context. */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().orElse(TenantConnectionProvider.SHARED);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
