package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.AnonymousFiling;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.RequestFiles;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.form.FieldType;
import fr.ensemble.demarches.domain.form.FormField;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.map.TerritoryMaps;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A procedure that may be done without an account: the same form, then a link e-mailed to the address given
 * (the form's own e-mail field, or one asked here); the request is filed when the link is opened.
 */
@Route(value = ":commune/demarches/:procedure/sans-compte", layout = PublicLayout.class)
@AnonymousAllowed
public class AnonymousProcedureView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final Catalogue catalogue;
    private final AnonymousFiling filing;
    private final RequestFiles files;
    private final TerritoryMaps maps;
    private String title = "Démarche sans compte — Ensemble";

    public AnonymousProcedureView(TenantRegistry registry, Catalogue catalogue, AnonymousFiling filing, RequestFiles files,
            TerritoryMaps maps) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.filing = filing;
        this.files = files;
        this.maps = maps;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String slug = event.getRouteParameters().get("procedure").orElseThrow();
        Procedure procedure = TenantContext.call(tenant.slug(), () -> catalogue.find(slug))
                .filter(found -> found.isOnline() && found.isAnonymousAllowed())
                .orElseThrow(() -> new NotFoundException("Démarche inconnue ou réservée aux personnes connectées"));
        title = procedure.getTitle() + " (sans compte) — " + tenant.name() + " — Ensemble";
        removeAll();
        add(ProcedureHeader.of(tenant, procedure), new Paragraph("Vous faites cette démarche sans compte : à la fin, "
                + "nous vous envoyons un lien par e-mail ; votre demande part quand vous l'ouvrez (dans les 48 heures)."));
        TenantContext.call(tenant.slug(), () -> catalogue.currentForm(procedure)).ifPresentOrElse(form -> {
            Optional<FormField> emailField = form.definition().topLevelFields().stream()
                    .filter(field -> field.type() == FieldType.EMAIL && field.required()).findFirst();
            var contact = new EmailField("Votre adresse e-mail (pour confirmer l'envoi)");
            contact.setRequiredIndicatorVisible(true);
            contact.setId("adresse-confirmation");
            List<Component> before = emailField.isPresent() ? List.of() : List.of(contact);
            add(new RequestForm(tenant.slug(), form, Map.of(), files, () -> maps.placeChooser(tenant), before, "Recevoir le lien pour envoyer ma demande",
                    answers -> {
                        String email = emailField.map(field -> String.valueOf(answers.get(field.id()))).orElse(contact.getValue());
                        TenantContext.run(tenant.slug(), () -> filing.askConfirmation(procedure.getSlug(), answers, email));
                        var sent = new Div(new H2("Plus qu'une étape : ouvrez le lien reçu par e-mail"),
                                new Paragraph("Nous avons envoyé un lien à " + email + ". Votre demande sera envoyée à "
                                        + tenant.name() + " quand vous l'ouvrirez, dans les 48 heures. Pensez à regarder "
                                        + "dans les courriers indésirables."));
                        sent.setId("lien-envoye");
                        return sent;
                    }));
        }, () -> add(new Paragraph("Le formulaire de cette démarche n'est pas encore publié.")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
