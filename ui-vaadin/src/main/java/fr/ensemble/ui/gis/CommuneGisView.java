package fr.ensemble.ui.gis;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.gis.layer.LayerAccess;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;

/** A commune's own layers, administered by its agents. */
@Route(value = "agent/:commune/sig", layout = PublicLayout.class)
@PermitAll
public class CommuneGisView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final LayerAccess access;
    private final CommuneSettingsService settings;
    private final GisServices services;
    private String title = "SIG de la commune — Ensemble";

    public CommuneGisView(TenantRegistry registry, LayerAccess access, CommuneSettingsService settings,
            GisServices services) {
        this.registry = registry;
        this.access = access;
        this.settings = settings;
        this.services = services;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("commune").orElseThrow();
        Tenant tenant = registry.find(slug).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!access.canAdminister(slug, SecurityContextHolder.getContext().getAuthentication())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        String heading = "SIG — " + branding.getDisplayName();
        title = heading + " — Ensemble";
        removeAll();
        add(new CommuneBanner(heading, branding), new Paragraph("Les couches propres à " + tenant.name()
                + ". Une couche publique paraît sur la carte de la commune ; une couche réservée aux agents n'est vue "
                + "que par eux."), new LayerAdministration(slug, services));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
