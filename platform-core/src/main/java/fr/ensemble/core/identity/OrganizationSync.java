package fr.ensemble.core.identity;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantOnboarded;
import fr.ensemble.core.tenancy.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every tenant has its Keycloak organization and role groups: checked at startup for the whole registry, and
 * created as soon as a commune is onboarded. A failure is logged and repaired at the next start.
 */
@Component
class OrganizationSync {

    private static final Logger log = LoggerFactory.getLogger(OrganizationSync.class);

    private final IdentityAdmin identityAdmin;
    private final TenantRegistry registry;

    OrganizationSync(IdentityAdmin identityAdmin, TenantRegistry registry) {
        this.identityAdmin = identityAdmin;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void synchroniseAll() {
        registry.all().forEach(this::ensure);
    }

    @EventListener
    void onboarded(TenantOnboarded event) {
        ensure(event.tenant());
    }

    private void ensure(Tenant tenant) {
        try {
            identityAdmin.ensureOrganization(tenant);
        } catch (RuntimeException e) {
            log.error("Tenant {}: its Keycloak organization could not be checked or created; retried at next start",
                    tenant.slug(), e);
        }
    }
}
