package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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
import fr.ensemble.demarches.application.Instruction.InboxRow;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.application.RequestSearch;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.RequestStatus;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commune's requests for its {@code instructeur} agents: the inbox with its filters, one request with its
 * answers and history, and the next step with a message that the resident receives by e-mail.
 */
@Route(value = "agent/:commune/demarches", layout = PublicLayout.class)
@PermitAll
public class InstructionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
    private static final int INBOX_SIZE = 200;
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final CommuneSettingsService settings;
    private final Instruction instruction;
    private final Catalogue catalogue;
    private final JsonMapper json;
    private final RequestSearch requestSearch;
    private final TextField search = new TextField("Rechercher une demande");
    private final Grid<InboxRow> inbox = new Grid<>();
    private final Select<RequestStatus> status = new Select<>();
    private final Select<Procedure> procedure = new Select<>();
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
        status.setLabel("Statut");
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "Tous" : value.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Tous");
        procedure.setLabel("Démarche");
        procedure.setItems(TenantContext.call(tenant.slug(), () -> catalogue.published(null)));
        procedure.setItemLabelGenerator(value -> value == null ? "Toutes" : value.getTitle());
        procedure.setEmptySelectionAllowed(true);
        procedure.setEmptySelectionCaption("Toutes");
        search.setHelperText("Numéro de suivi, nom ou e-mail de l'usager, mots des réponses ou des messages");
        search.setClearButtonVisible(true);
        search.setId("recherche-demandes");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        procedure.addValueChangeListener(change -> refresh());
        inbox.setId("boite-demandes");
        inbox.setAriaLabel("Demandes reçues");
        inbox.addColumn(InboxRow::trackingNumber).setHeader("Numéro").setAutoWidth(true);
        inbox.addColumn(InboxRow::procedureTitle).setHeader("Démarche").setAutoWidth(true);
        inbox.addColumn(row -> row.status().label()).setHeader("Statut").setAutoWidth(true);
        inbox.addColumn(row -> DATE.format(row.submittedAt())).setHeader("Reçue le").setAutoWidth(true);
        inbox.addColumn(InboxRow::contactEmail).setHeader("Contact").setAutoWidth(true);
        inbox.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(row -> open(row.trackingNumber())));
        removeAll();
        add(new CommuneBanner("Demandes — " + branding.getDisplayName(), branding));
        if (access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "admin")) {
            add(new Paragraph(new Anchor("agent/" + tenant.slug() + "/demarches/formulaires", "Modifier les formulaires des démarches")));
        }
        add(new Paragraph(new Anchor("agent/" + tenant.slug() + "/demarches/statistiques", "Statistiques des démarches")));
        add(new HorizontalLayout(search, status, procedure), inbox, detail);
        refresh();
    }

    private void refresh() {
        List<InboxRow> rows;
        try {
            rows = TenantContext.call(tenant.slug(), () -> search.getValue().isBlank()
                    ? instruction.inbox(status.getValue(), procedure.getValue(), INBOX_SIZE)
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
        var file = TenantContext.call(tenant.slug(), () -> instruction.open(trackingNumber));
        var history = new UnorderedList();
        file.history().forEach(event -> history.add(new ListItem(DATE.format(event.getOccurredAt()) + " — "
                + event.getStatus().label() + " — " + event.getActor()
                + (event.getComment() == null ? "" : " : " + event.getComment()))));
        var next = new RadioButtonGroup<RequestStatus>("Nouveau statut");
        next.setItems(file.request().getStatus().next());
        next.setItemLabelGenerator(RequestStatus::label);
        var comment = new TextArea("Message à l'usager (envoyé par e-mail)");
        comment.setWidthFull();
        var move = new Button("Changer le statut", click -> {
            if (next.getValue() == null) {
                next.setErrorMessage("Choisissez le nouveau statut.");
                next.setInvalid(true);
                return;
            }
            try {
                TenantContext.run(tenant.slug(), () -> instruction.move(trackingNumber, next.getValue(), comment.getValue()));
            } catch (IllegalArgumentException movedMeanwhile) {
                // Another agent moved the request since this page showed it: say so, keep the comment typed.
                next.setErrorMessage(movedMeanwhile.getMessage() + " Elle a changé entre-temps : rouvrez-la.");
                next.setInvalid(true);
                return;
            }
            Notification.show("Demande " + trackingNumber + " : " + next.getValue().label() + ". L'usager est prévenu par e-mail.",
                    5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            open(trackingNumber);
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setId("changer-statut");
        detail.removeAll();
        var section = new Section(new H2("Demande " + trackingNumber + " — " + file.procedure().getTitle()),
                new Paragraph("Statut : " + file.request().getStatus().label() + " · contact : " + file.request().getContactEmail()),
                new H2("Réponses"), answers(file), new H2("Historique"), history);
        if (!file.request().getStatus().next().isEmpty()) {
            section.add(next, comment, move);
        }
        section.add(conversation(trackingNumber));
        section.setId("demande-detail");
        detail.add(section);
    }

    /** The messages with the resident and the internal notes, and the box to write either. */
    private Div conversation(String trackingNumber) {
        var list = new UnorderedList();
        TenantContext.call(tenant.slug(), () -> instruction.messages(trackingNumber)).forEach(message -> list.add(new ListItem(
                DATE.format(message.getSentAt()) + " — " + message.getAuthor()
                + (message.isInternal() ? " (note interne)" : message.isFromAgent() ? " (à l'usager)" : " (usager)")
                + " : " + message.getBody())));
        list.setId("messages");
        var text = new TextArea("Message");
        text.setWidthFull();
        text.setId("message-agent");
        var toResident = new Button("Envoyer à l'usager", click -> write(trackingNumber, text, false));
        toResident.setId("envoyer-message");
        var note = new Button("Ajouter une note interne", click -> write(trackingNumber, text, true));
        return new Div(new H2("Messages et notes"), list, text, new HorizontalLayout(toResident, note));
    }

    private void write(String trackingNumber, TextArea text, boolean internal) {
        try {
            TenantContext.run(tenant.slug(), () -> instruction.write(trackingNumber, text.getValue(), internal));
            open(trackingNumber);
        } catch (RequestRefusedException e) {
            text.setErrorMessage(e.getMessage());
            text.setInvalid(true);
        }
    }

    private UnorderedList answers(Instruction.RequestFile file) {
        return AnswersList.of(file.form(), json.readValue(file.request().getAnswers(), ANSWERS));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
