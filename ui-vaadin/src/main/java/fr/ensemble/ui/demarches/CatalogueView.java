package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureCategory;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A commune's online procedures, by heading, the most used first, with a filter on words. */
@Route(value = ":commune/demarches", layout = PublicLayout.class)
@AnonymousAllowed
public class CatalogueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final CommuneSettingsService settings;
    private final Catalogue catalogue;
    private final Div results = new Div();
    private Tenant tenant;
    private String title = "Démarches — Ensemble";

    public CatalogueView(TenantRegistry registry, CommuneSettingsService settings, Catalogue catalogue) {
        this.registry = registry;
        this.settings = settings;
        this.catalogue = catalogue;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        title = "Démarches en ligne — " + branding.getDisplayName() + " — Ensemble";
        var search = new TextField("Rechercher une démarche");
        search.setHelperText("Par exemple : école, acte, élus, jardin");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("recherche-demarche");
        search.addValueChangeListener(change -> show(change.getValue()));
        results.setId("demarches");
        results.getElement().setAttribute("aria-live", "polite");
        removeAll();
        add(new CommuneBanner("Démarches en ligne — " + branding.getDisplayName(), branding), search, results);
        show("");
    }

    private void show(String words) {
        results.removeAll();
        List<Procedure> found = TenantContext.call(tenant.slug(), () -> catalogue.published(words));
        if (found.isEmpty()) {
            results.add(new Paragraph(words.isBlank() ? "Aucune démarche n'est encore en ligne ici."
                    : "Aucune démarche ne correspond à « " + words.strip() + " ». Essayez un autre mot, "
                    + "ou contactez l'accueil de la mairie."));
            return;
        }
        Map<ProcedureCategory, List<Procedure>> byCategory = found.stream().collect(Collectors.groupingBy(
                Procedure::getCategory, () -> new EnumMap<>(ProcedureCategory.class), Collectors.toList()));
        byCategory.forEach((category, procedures) -> {
            var section = new Section(new H2(category.label()));
            procedures.forEach(procedure -> section.add(card(procedure)));
            results.add(section);
        });
    }

    private Article card(Procedure procedure) {
        var card = new Article(new H3(new Anchor(tenant.slug() + "/demarches/" + procedure.getSlug(), procedure.getTitle())),
                new Paragraph(procedure.getSummary()));
        if (procedure.getRequiredDocuments() != null) {
            card.add(new Paragraph("À prévoir : " + procedure.getRequiredDocuments()));
        }
        card.add(new Paragraph(procedure.getChannel().label()
                + (procedure.getExpectedDelay() == null ? "" : " · " + procedure.getExpectedDelay())));
        if (procedure.isAnonymousAllowed()) {
            card.add(new Paragraph(new Anchor(tenant.slug() + "/demarches/" + procedure.getSlug() + "/sans-compte",
                    "Faire cette démarche sans compte")));
        }
        card.addClassName("demarche");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
