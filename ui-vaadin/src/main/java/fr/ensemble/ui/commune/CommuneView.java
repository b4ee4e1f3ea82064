package fr.ensemble.ui.commune;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantDirectory;
import fr.ensemble.ui.layout.PublicLayout;

/** The public home page of one commune (or of the territory). */
@Route(value = ":" + CommuneView.COMMUNE_PARAMETER, layout = PublicLayout.class)
@AnonymousAllowed
public class CommuneView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String COMMUNE_PARAMETER = "commune";

    private final TenantDirectory directory;
    private String title = "Ensemble";

    public CommuneView(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(COMMUNE_PARAMETER).orElseThrow();
        Tenant tenant = directory.find(slug)
                .orElseThrow(() -> new NotFoundException("Commune inconnue : " + slug));
        title = tenant.getName() + " — Ensemble";
        removeAll();
        add(new H1(tenant.getName()),
                new Paragraph("Les services en ligne de " + tenant.getName()
                        + " arrivent bientôt sur Ensemble : démarches, rendez-vous et participation citoyenne."));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
