package fr.ensemble.core.tenancy;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a tenant's default data once its schema is migrated, at every start and at onboarding: must be
 * idempotent. Runs in a transaction acting as the tenant's role, with the tenant's schema on the search path.
 */
public interface TenantInitializer {

    void initialize(Tenant tenant, JdbcTemplate jdbc);
}
