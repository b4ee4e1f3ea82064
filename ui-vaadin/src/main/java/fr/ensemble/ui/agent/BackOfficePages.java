package fr.ensemble.ui.agent;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.ui.commune.CommuneBanner;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * How a commune's back-office page opens: the commune from the URL (404 when unknown), the role checked live for
 * the signed-in agent (403 otherwise), then the page's title and banner in the commune's colours.
 */
@Component
public class BackOfficePages {

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final CommuneSettingsService settings;

    BackOfficePages(TenantRegistry registry, CommuneAccess access, CommuneSettingsService settings) {
        this.registry = registry;
        this.access = access;
        this.settings = settings;
    }

    /** The opened page, or empty when the navigation was rerouted to the 403 page. */
    public Optional<Opened> open(BeforeEnterEvent event, String role, String heading) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow()).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!hasRole(tenant, role)) {
            event.rerouteToError(AccessDeniedException.class);
            return Optional.empty();
        }
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        String titled = heading + " — " + branding.getDisplayName();
        return Optional.of(new Opened(tenant, titled + " — Ensemble", new CommuneBanner(titled, branding)));
    }

    /** Whether the signed-in agent holds that role in the commune now. */
    public boolean hasRole(Tenant tenant, String role) {
        return access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), role);
    }

    /** @param title the browser tab's title */
    public record Opened(Tenant tenant, String title, CommuneBanner banner) {
    }
}
