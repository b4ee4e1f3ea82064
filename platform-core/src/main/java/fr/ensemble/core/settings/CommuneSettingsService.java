package fr.ensemble.core.settings;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantInitializer;
import jakarta.validation.Valid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The settings of the tenant of the current {@link TenantContext}. */
@Service
@Validated
public class CommuneSettingsService implements TenantInitializer {

    private final CommuneSettingsRepository settings;

    CommuneSettingsService(CommuneSettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public CommuneSettings current() {
        requireTenant();
        return settings.findById(CommuneSettings.SINGLE_ROW)
                .orElseThrow(() -> new IllegalStateException("The tenant schema has no settings row"));
    }

    /** The commune's admins only. */
    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'admin')")
    public CommuneSettings update(@Valid CommuneSettingsChange change) {
        CommuneSettings current = current();
        current.apply(change);
        return current;
    }

    /** A new tenant starts with its registry name and the platform's colours. */
    @Override
    public void initialize(Tenant tenant, JdbcTemplate jdbc) {
        jdbc.update("INSERT INTO commune_settings (display_name) VALUES (?) ON CONFLICT (id) DO NOTHING", tenant.name());
    }

    private static void requireTenant() {
        if (TenantContext.current().isEmpty()) {
            throw new IllegalStateException("Commune settings are read inside a tenant context");
        }
    }
}
