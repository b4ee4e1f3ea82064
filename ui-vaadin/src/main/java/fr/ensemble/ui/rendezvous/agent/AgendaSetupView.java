package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.application.AgendaSetup;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;

/** Where the commune's admins open their agendas: places, their desks and the appointment types. */
@Route(value = "agent/:commune/rendez-vous/lieux", layout = PublicLayout.class)
@PermitAll
@StyleSheet("rendezvous-agent.css")
public class AgendaSetupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String HEADING = "Lieux, guichets et types de rendez-vous";

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final CommuneSettingsService settings;
    private final AgendaSetup setup;
    private String title = HEADING + " — Ensemble";

    public AgendaSetupView(TenantRegistry registry, CommuneAccess access, CommuneSettingsService settings, AgendaSetup setup) {
        this.registry = registry;
        this.access = access;
        this.settings = settings;
        this.setup = setup;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow()).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "admin")) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        title = HEADING + " — " + branding.getDisplayName() + " — Ensemble";
        removeAll();
        var desks = new DeskEditor(tenant.slug(), setup);
        add(new CommuneBanner(HEADING + " — " + branding.getDisplayName(), branding),
                new Paragraph(new Anchor("agent/" + tenant.slug() + "/rendez-vous", "Retour au planning")),
                new Paragraph("Rien n'est supprimé ici : un guichet ou un type de rendez-vous qui a servi garde ses "
                        + "rendez-vous et leur historique. Pour ne plus le proposer, décochez « Actif ». Les horaires des "
                        + "guichets se règlent dans « Fermetures et ouvertures des guichets »."),
                new TypeEditor(tenant.slug(), setup, () -> desks.reload(null)),
                new PlaceEditor(tenant.slug(), setup, desks::reload), desks);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
