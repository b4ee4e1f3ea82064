package fr.ensemble.ui.participation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
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
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignStatus;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import java.time.LocalDate;
import java.util.List;

/** A commune's (or the territory's) campaigns: budgets, votes, consultations, with filters by type and status. */
@Route(value = ":commune/participer", layout = PublicLayout.class)
@AnonymousAllowed
public class CampaignsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final CommuneSettingsService settings;
    private final Campaigns campaigns;
    private final Select<CampaignKind> kind = new Select<>();
    private final Select<CampaignStatus> status = new Select<>();
    private final Div list = new Div();
    private Tenant tenant;
    private String title = "Participer — Ensemble";

    public CampaignsView(TenantRegistry registry, CommuneSettingsService settings, Campaigns campaigns) {
        this.registry = registry;
        this.settings = settings;
        this.campaigns = campaigns;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        title = "Participer — " + branding.getDisplayName() + " — Ensemble";
        kind.setLabel("Type");
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "Tous les types" : value.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Tous les types");
        kind.setId("filtre-type");
        status.setLabel("État");
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "Toutes" : value.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Toutes");
        status.setId("filtre-etat");
        kind.addValueChangeListener(change -> show());
        status.addValueChangeListener(change -> show());
        list.setId("campagnes");
        list.getElement().setAttribute("aria-live", "polite");
        removeAll();
        add(new CommuneBanner("Participer — " + branding.getDisplayName(), branding),
                new Paragraph(tenant.isCommune()
                        ? "Budget participatif, votations citoyennes et consultations de " + tenant.name()
                        + " : proposez, votez, suivez les projets."
                        : "Les consultations du territoire d'Est Ensemble, ouvertes aux habitants des neuf communes."),
                new HorizontalLayout(kind, status), list);
        show();
    }

    private void show() {
        list.removeAll();
        List<Campaign> found = TenantContext.call(tenant.slug(), () -> campaigns.published(kind.getValue(), status.getValue()));
        if (found.isEmpty()) {
            list.add(new Paragraph("Aucune consultation ne correspond à ces critères pour le moment."));
            return;
        }
        LocalDate today = ParticipationPages.today();
        found.forEach(campaign -> {
            var card = new Article(new H2(new Anchor(ParticipationPages.campaignPath(tenant, campaign), campaign.getTitle())),
                    new Paragraph(campaign.getKind().label() + " · " + campaign.status(today).label()
                            + campaign.currentPhase(today).map(phase -> " · phase : " + phase.label()).orElse("")),
                    new Paragraph(ParticipationPages.summary(campaign.getDescription())));
            card.addClassName("campagne");
            list.add(card);
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
