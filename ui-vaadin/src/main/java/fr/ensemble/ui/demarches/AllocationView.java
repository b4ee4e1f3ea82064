package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.PlaceAllocations;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.allocation.PlaceAllocation.Candidate;
import fr.ensemble.demarches.domain.allocation.PlaceAllocation.Decision;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The allocation of a procedure's limited places (the youth stays) for the commune's instructors: per option,
 * the places, those given, the ranked list, and the button that gives the free places and sets the waiting list.
 */
@Route(value = "agent/:commune/demarches/places/:procedure", layout = PublicLayout.class)
@PageTitle("Attribution des places — Ensemble")
@PermitAll
public class AllocationView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final Catalogue catalogue;
    private final PlaceAllocations allocations;
    private Tenant tenant;
    private Procedure procedure;

    public AllocationView(TenantRegistry registry, CommuneAccess access, Catalogue catalogue, PlaceAllocations allocations) {
        this.registry = registry;
        this.access = access;
        this.catalogue = catalogue;
        this.allocations = allocations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow()).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "instructeur")) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        String slug = event.getRouteParameters().get("procedure").orElseThrow();
        procedure = TenantContext.call(tenant.slug(), () -> catalogue.find(slug)).filter(found -> found.allocation().isPresent())
                .orElseThrow(() -> new NotFoundException("Démarche sans places à attribuer"));
        show();
    }

    private void show() {
        removeAll();
        add(new Anchor("agent/" + tenant.slug() + "/demarches", "← Demandes"),
                new H1("Attribution des places — " + procedure.getTitle()),
                new Paragraph("Les demandes sont classées par les critères de la démarche, puis par date de demande. "
                        + "« Attribuer » donne les places libres aux premières et met les autres nouvelles demandes sur "
                        + "liste d'attente ; chaque famille est prévenue par e-mail."));
        TenantContext.call(tenant.slug(), () -> allocations.board(procedure.getSlug())).forEach((option, decision) ->
                add(option(option, decision)));
    }

    private Section option(String option, Decision decision) {
        var ranked = new Grid<Candidate>();
        ranked.setAriaLabel("Classement — " + option);
        ranked.addColumn(candidate -> decision.ranked().indexOf(candidate) + 1).setHeader("Rang").setAutoWidth(true);
        ranked.addColumn(Candidate::trackingNumber).setHeader("Numéro").setAutoWidth(true);
        procedure.allocation().orElseThrow().criteria().forEach(criterion -> ranked.addColumn(candidate ->
                Objects.toString(candidate.answers().get(criterion.field()), "—")).setHeader(criterion.field()).setAutoWidth(true));
        ranked.addColumn(candidate -> DATE.format(candidate.submittedAt())).setHeader("Reçue le").setAutoWidth(true);
        ranked.addColumn(candidate -> decision.given().contains(candidate) ? "place libre"
                : procedure.workflow().status(candidate.status()).label()).setHeader("Décision").setAutoWidth(true);
        ranked.setItems(decision.ranked());
        ranked.setAllRowsVisible(true);
        int free = decision.given().size();
        var allocate = new Button("Attribuer " + free + " place" + (free > 1 ? "s" : "") + " et mettre à jour la liste d'attente",
                click -> {
                    var done = TenantContext.call(tenant.slug(), () -> allocations.allocate(procedure.getSlug(), option));
                    Notification.show(option + " : " + done.given().size() + " place(s) attribuée(s), " + done.toWait().size()
                            + " demande(s) sur liste d'attente.", 5000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    show();
                });
        allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        allocate.setEnabled(free > 0 || !decision.toWait().isEmpty());
        allocate.setId("attribuer-" + option.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return new Section(new H2(option + " — " + decision.capacity() + " places, " + decision.taken() + " attribuées"),
                decision.ranked().isEmpty() ? new Paragraph("Aucune demande en attente de décision pour ce séjour.") : ranked,
                allocate);
    }
}
