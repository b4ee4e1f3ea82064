package fr.ensemble.ui.commune;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.ui.layout.PublicLayout;

/** The public home page of one commune (or of the territory), in the commune's own colours. */
@Route(value = ":" + CommuneView.COMMUNE_PARAMETER, layout = PublicLayout.class)
@AnonymousAllowed
public class CommuneView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String COMMUNE_PARAMETER = "commune";

    private final TenantRegistry registry;
    private final CommuneSettingsService settings;
    private String title = "Ensemble";

    public CommuneView(TenantRegistry registry, CommuneSettingsService settings) {
        this.registry = registry;
        this.settings = settings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(COMMUNE_PARAMETER).orElseThrow();
        Tenant tenant = registry.find(slug).orElseThrow(() -> new NotFoundException("Commune inconnue"));
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        title = branding.getDisplayName() + " — Ensemble";
        removeAll();
        add(new CommuneBanner(branding.getDisplayName(), branding),
                new Paragraph(new Anchor(tenant.slug() + "/demarches", "Démarches en ligne de " + branding.getDisplayName())),
                new Paragraph(new Anchor(tenant.slug() + "/rendez-vous", "Prendre rendez-vous (passeport, carte d'identité...)")),
                new Paragraph(new Anchor(tenant.slug() + "/participer", "Participer : budget participatif, votations, consultations")));
        if (tenant.isCommune()) {
            add(new Paragraph(CommuneMapView.link("Carte " + CommuneMapView.ofCommune(branding.getDisplayName())
                    + " : équipements et couches de la commune", tenant)));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
