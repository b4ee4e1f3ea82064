package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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
import fr.ensemble.demarches.application.RequestDrafts;
import fr.ensemble.demarches.application.RequestReceipts;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.form.Prefill;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.map.TerritoryMaps;
import fr.ensemble.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One procedure for a signed-in resident: what it is for, what to prepare, and its form, prefilled from their
 * profile or resumed from their draft (saved at each change). Sending files one request (a double click too:
 * the page's idempotency key) and shows the tracking number and the PDF receipt.
 */
@Route(value = ":commune/demarches/:procedure", layout = PublicLayout.class)
@PermitAll
public class ProcedureView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/Paris"));

    private final TenantRegistry registry;
    private final Catalogue catalogue;
    private final RequestFiling filing;
    private final RequestDrafts drafts;
    private final RequestReceipts receipts;
    private final RequestFiles files;
    private final TerritoryMaps maps;
    private final ResidentProfileService profiles;
    private final CurrentUser currentUser;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private String title = "Démarche — Ensemble";

    public ProcedureView(TenantRegistry registry, Catalogue catalogue, RequestFiling filing, RequestDrafts drafts,
            RequestReceipts receipts, RequestFiles files, TerritoryMaps maps, ResidentProfileService profiles, CurrentUser currentUser) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.filing = filing;
        this.drafts = drafts;
        this.receipts = receipts;
        this.files = files;
        this.maps = maps;
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
        add(ProcedureHeader.of(tenant, procedure));
        if (!procedure.isOnline()) {
            add(new Paragraph("Cette démarche se fait au guichet de la mairie."));
            return;
        }
        TenantContext.call(tenant.slug(), () -> catalogue.currentForm(procedure)).ifPresentOrElse(
                form -> add(form(tenant, procedure, form)),
                () -> add(new Paragraph("Le formulaire de cette démarche n'est pas encore publié.")));
    }

    private Div form(Tenant tenant, Procedure procedure, Catalogue.CurrentForm form) {
        Optional<RequestDrafts.Draft> draft = TenantContext.call(tenant.slug(), () -> drafts.find(procedure));
        Map<String, Object> initial = new HashMap<>(Prefill.answers(form.definition(), profile()));
        draft.ifPresent(saved -> initial.putAll(saved.answers()));
        var draftStatus = new Paragraph();
        draftStatus.setId("brouillon");
        draftStatus.getElement().setAttribute("role", "status");
        draft.ifPresent(saved -> draftStatus.setText("Nous avons repris votre brouillon du " + SAVED.format(saved.savedAt()) + "."
                + (saved.formNumber() == form.number() ? ""
                        : " Le formulaire a changé depuis : vos réponses ont été gardées, vérifiez les nouveaux champs.")));
        var restart = new Button("Effacer mes réponses et recommencer", click -> {
            TenantContext.run(tenant.slug(), () -> drafts.discard(procedure));
            UI.getCurrent().getPage().reload();
        });
        restart.setVisible(draft.isPresent());
        var requestForm = new RequestForm(tenant.slug(), form, initial, files, () -> maps.placeChooser(tenant), List.of(), "Confirmer et envoyer ma demande",
                answers -> {
                    Request request = TenantContext.call(tenant.slug(), () -> filing.file(procedure.getSlug(), answers,
                            currentUser.require().getEmail(), idempotencyKey));
                    draftStatus.setText("");
                    restart.setVisible(false);
                    return FiledRequest.of(tenant, request, receipts, true);
                });
        requestForm.onChange(() -> TenantContext.call(tenant.slug(),
                () -> drafts.save(procedure, form.number(), requestForm.answers()))
                .ifPresent(saved -> draftStatus.setText("Brouillon enregistré à " + TIME.format(saved) + ".")));
        var page = new Div(draftStatus, restart, requestForm);
        if (procedure.isAnonymousAllowed()) {
            page.addComponentAsFirst(new Paragraph("Cette démarche peut aussi se faire sans compte, avec une adresse e-mail."));
        }
        return page;
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
