package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.search.SearchUnavailableException;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.Instruction;
import fr.ensemble.demarches.application.Instruction.Assignment;
import fr.ensemble.demarches.application.Instruction.InboxFilter;
import fr.ensemble.demarches.application.Instruction.InboxRow;
import fr.ensemble.demarches.domain.Department;
import fr.ensemble.demarches.application.RequestSearch;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commune's requests for its {@code instructeur} agents: the inbox with its filters (status, procedure,
 * department, assignee, age) and the request chosen in it.
 */
@Route(value = "agent/:commune/demarches", layout = PublicLayout.class)
@PermitAll
public class InstructionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
    private static final int INBOX_SIZE = 200;

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final CommuneSettingsService settings;
    private final Instruction instruction;
    private final Catalogue catalogue;
    private final JsonMapper json;
    private final RequestSearch requestSearch;
    private final TextField search = new TextField("Rechercher une demande");
    private final Grid<InboxRow> inbox = new Grid<>();
    private final Select<String> status = new Select<>();
    private final Select<Procedure> procedure = new Select<>();
    private final Select<Department> department = new Select<>();
    private final Select<Assignment> assignment = new Select<>();
    private final IntegerField minAge = new IntegerField("Reçues depuis au moins (jours)");
    private final Div detail = new Div();
    private Tenant tenant;
    private String title = "Demandes — Ensemble";

    public InstructionView(TenantRegistry registry, CommuneAccess access, CommuneSettingsService settings,
            Instruction instruction, Catalogue catalogue, JsonMapper json, RequestSearch requestSearch) {
        this.registry = registry;
        this.access = access;
        this.settings = settings;
        this.instruction = instruction;
        this.catalogue = catalogue;
        this.json = json;
        this.requestSearch = requestSearch;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow()).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "instructeur")) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        title = "Demandes — " + branding.getDisplayName() + " — Ensemble";
        Map<String, String> statuses = TenantContext.call(tenant.slug(), instruction::statuses);
        choice(status, "Statut", "Tous", statuses.keySet(), statuses::get);
        choice(procedure, "Démarche", "Toutes", TenantContext.call(tenant.slug(), () -> catalogue.published(null)), Procedure::getTitle);
        choice(department, "Service", "Tous", TenantContext.call(tenant.slug(), instruction::departments), Department::getName);
        assignment.setLabel("Attribution");
        assignment.setItems(Assignment.values());
        assignment.setItemLabelGenerator(value -> switch (value) {
            case ANYONE -> "Toutes";
            case MINE -> "Attribuées à moi";
            case NOBODY -> "Non attribuées";
        });
        assignment.setValue(Assignment.ANYONE);
        assignment.addValueChangeListener(change -> refresh());
        minAge.setMin(0);
        minAge.setStepButtonsVisible(true);
        minAge.addValueChangeListener(change -> refresh());
        search.setHelperText("Numéro de suivi, nom ou e-mail de l'usager, mots des réponses ou des messages");
        search.setClearButtonVisible(true);
        search.setId("recherche-demandes");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.addValueChangeListener(change -> refresh());
        inbox.setId("boite-demandes");
        inbox.setAriaLabel("Demandes reçues");
        inbox.addColumn(InboxRow::trackingNumber).setHeader("Numéro").setAutoWidth(true);
        inbox.addColumn(InboxRow::procedureTitle).setHeader("Démarche").setAutoWidth(true);
        inbox.addColumn(InboxRow::statusLabel).setHeader("Statut").setAutoWidth(true);
        inbox.addColumn(row -> DATE.format(row.submittedAt())).setHeader("Reçue le").setAutoWidth(true);
        inbox.addColumn(row -> row.department() == null ? "—" : row.department()).setHeader("Service").setAutoWidth(true);
        inbox.addColumn(row -> row.assignee() == null ? "—" : row.assignee()).setHeader("Attribuée à").setAutoWidth(true);
        inbox.addColumn(InboxRow::contactEmail).setHeader("Contact").setAutoWidth(true);
        inbox.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(row -> open(row.trackingNumber())));
        removeAll();
        add(new CommuneBanner("Demandes — " + branding.getDisplayName(), branding));
        if (access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "admin")) {
            add(new Paragraph(new Anchor("agent/" + tenant.slug() + "/demarches/formulaires", "Modifier les formulaires des démarches"),
                    new Span(" · "), new Anchor("agent/" + tenant.slug() + "/demarches/organisation",
                            "Services, orientation, circuits et e-mails")));
        }
        TenantContext.call(tenant.slug(), () -> catalogue.published(null)).stream()
                .filter(withPlaces -> withPlaces.allocation().isPresent())
                .forEach(withPlaces -> add(new Paragraph(new Anchor("agent/" + tenant.slug() + "/demarches/places/"
                        + withPlaces.getSlug(), "Attribution des places : " + withPlaces.getTitle()))));
        add(new Paragraph(new Anchor("agent/" + tenant.slug() + "/demarches/statistiques", "Statistiques des démarches")));
        var filters = new HorizontalLayout(search, status, procedure, department, assignment, minAge);
        filters.setWrap(true);
        add(filters, inbox, detail);
        refresh();
    }

    private <T> void choice(Select<T> select, String label, String all, Collection<T> items, ItemLabelGenerator<T> labels) {
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(value -> value == null ? all : labels.apply(value));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.addValueChangeListener(change -> refresh());
    }

    private void refresh() {
        var filter = new InboxFilter(status.getValue(), procedure.getValue() == null ? null : procedure.getValue().getId(),
                department.getValue() == null ? null : department.getValue().getId(), assignment.getValue(),
                minAge.getValue() == null ? 0 : Math.max(0, minAge.getValue()));
        List<InboxRow> rows;
        try {
            rows = TenantContext.call(tenant.slug(), () -> search.getValue().isBlank() ? instruction.inbox(filter, INBOX_SIZE)
                    : requestSearch.find(search.getValue(), status.getValue(), procedure.getValue(), INBOX_SIZE));
            search.setInvalid(false);
        } catch (SearchUnavailableException e) {
            search.setErrorMessage(e.getMessage());
            search.setInvalid(true);
            return;
        }
        inbox.setItems(rows);
        inbox.setAllRowsVisible(rows.size() <= 15);
    }

    private void open(String trackingNumber) {
        detail.removeAll();
        detail.add(new RequestPanel(tenant.slug(), trackingNumber, instruction, json, this::refresh));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
