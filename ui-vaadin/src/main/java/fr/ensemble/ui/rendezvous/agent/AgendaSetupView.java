package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.rendezvous.application.AgendaSetup;
import fr.ensemble.ui.agent.BackOfficePages;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;

/** Where the commune's admins open their agendas: places, their desks and the appointment types. */
@Route(value = "agent/:commune/rendez-vous/lieux", layout = PublicLayout.class)
@PermitAll
@StyleSheet("rendezvous-agent.css")
public class AgendaSetupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String HEADING = "Lieux, guichets et types de rendez-vous";

    private final BackOfficePages pages;
    private final AgendaSetup setup;
    private String title = HEADING + " — Ensemble";

    public AgendaSetupView(BackOfficePages pages, AgendaSetup setup) {
        this.pages = pages;
        this.setup = setup;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var opened = pages.open(event, "admin", HEADING).orElse(null);
        if (opened == null) {
            return;
        }
        Tenant tenant = opened.tenant();
        title = opened.title();
        removeAll();
        var desks = new DeskEditor(tenant.slug(), setup);
        add(opened.banner(),
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
