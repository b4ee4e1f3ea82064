package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.identity.resident.ResidentProfile;
import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.RequestFiles;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.form.FormValidator;
import fr.ensemble.demarches.domain.form.Prefill;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One procedure: what it is for, what to prepare, and its form, prefilled from the resident's profile. Sending
 * it files one request (a double click too: the page's idempotency key) and shows the tracking number.
 */
@Route(value = ":commune/demarches/:procedure", layout = PublicLayout.class)
@PermitAll
public class ProcedureView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final Catalogue catalogue;
    private final RequestFiling filing;
    private final RequestFiles files;
    private final ResidentProfileService profiles;
    private final CurrentUser currentUser;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final Paragraph formError = new Paragraph();
    private String title = "Démarche — Ensemble";

    public ProcedureView(TenantRegistry registry, Catalogue catalogue, RequestFiling filing, RequestFiles files,
            ResidentProfileService profiles, CurrentUser currentUser) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.filing = filing;
        this.files = files;
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String slug = event.getRouteParameters().get("procedure").orElseThrow();
        Procedure procedure = TenantContext.call(tenant.slug(), () -> catalogue.find(slug))
                .orElseThrow(() -> new NotFoundException("Démarche inconnue"));
        title = procedure.getTitle() + " — " + tenant.name() + " — Ensemble";
        removeAll();
        add(new Anchor(tenant.slug() + "/demarches", "← Toutes les démarches de " + tenant.name()),
                new H1(procedure.getTitle()), new Paragraph(procedure.getSummary()));
        if (procedure.getRequiredDocuments() != null) {
            add(new Paragraph("À prévoir : " + procedure.getRequiredDocuments()));
        }
        if (procedure.getExpectedDelay() != null) {
            add(new Paragraph("Délai indicatif : " + procedure.getExpectedDelay()));
        }
        if (!procedure.isOnline()) {
            add(new Paragraph("Cette démarche se fait au guichet de la mairie."));
            return;
        }
        TenantContext.call(tenant.slug(), () -> catalogue.currentForm(procedure)).ifPresentOrElse(
                form -> add(form(tenant, procedure, form)),
                () -> add(new Paragraph("Le formulaire de cette démarche n'est pas encore publié.")));
    }

    private Div form(Tenant tenant, Procedure procedure, Catalogue.CurrentForm form) {
        var renderer = new FormRenderer(field -> new FileInput(field, tenant.slug(), files));
        formError.getElement().setAttribute("role", "alert");
        formError.addClassName("form-error");
        var send = new Button("Confirmer et envoyer ma demande");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("envoyer-demande");
        send.setDisableOnClick(true);
        var fields = renderer.render(form.definition(), Prefill.answers(form.definition(), profile()));
        var summary = new Div();
        summary.setId("recapitulatif");
        summary.setVisible(false);
        var check = new Button("Vérifier ma demande");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("verifier-demande");
        var page = new Div(new Paragraph("Les champs marqués d'un point sont obligatoires."), formError, fields, check, summary);
        page.setId("formulaire");
        check.addClickListener(click -> {
            List<FieldError> errors = FormValidator.validate(form.definition(), renderer.answers());
            if (!errors.isEmpty()) {
                showErrors(renderer, errors);
                return;
            }
            formError.setText("");
            renderer.showErrors(List.of());
            var change = new Button("Modifier", back -> {
                summary.setVisible(false);
                fields.setVisible(true);
                check.setVisible(true);
            });
            summary.removeAll();
            summary.add(new H2("Vérifiez votre demande avant de l'envoyer"),
                    AnswersList.of(form.definition(), FormValidator.visibleAnswers(form.definition(), renderer.answers())),
                    change, send);
            fields.setVisible(false);
            check.setVisible(false);
            summary.setVisible(true);
        });
        send.addClickListener(click -> {
            try {
                Request request = TenantContext.call(tenant.slug(), () -> filing.file(procedure.getSlug(),
                        renderer.answers(), currentUser.require().getEmail(), idempotencyKey));
                page.removeAll();
                var number = new Span(request.getTrackingNumber());
                number.setId("numero-suivi");
                page.add(new H2("Votre demande est envoyée"), new Paragraph(new Span("Numéro de suivi : "), number),
                        new Paragraph("Un e-mail de confirmation part vers " + request.getContactEmail()
                                + ". Vous suivez votre demande dans « Mon compte »."), new Anchor("compte", "Aller à Mon compte"));
            } catch (RequestRefusedException e) {
                summary.setVisible(false);
                fields.setVisible(true);
                check.setVisible(true);
                showErrors(renderer, e.errors());
                send.setEnabled(true);
            }
        });
        return page;
    }

    private void showErrors(FormRenderer renderer, List<FieldError> errors) {
        List<FieldError> general = renderer.showErrors(errors);
        formError.setText("Votre demande n'est pas encore envoyée : corrigez les champs signalés."
                + (general.isEmpty() ? "" : " " + String.join(" ", general.stream().map(FieldError::message).toList())));
    }

    /** What the profile can prefill, keyed as forms name it. */
    private Map<String, String> profile() {
        Map<String, String> values = new HashMap<>();
        ResidentProfile profile = profiles.find(currentUser.require().getSubject()).orElse(null);
        if (profile != null) {
            values.put("givenName", profile.getGivenName());
            values.put("familyName", profile.getFamilyName());
            values.put("email", profile.getEmail());
            values.put("phone", profile.getPhone());
            values.put("streetAddress", profile.getStreetAddress());
            values.put("postalCode", profile.getPostalCode());
            values.put("city", profile.getCity());
            values.put("birthDate", profile.getBirthDate() == null ? null : profile.getBirthDate().toString());
        }
        values.values().removeIf(Objects::isNull);
        return values;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
