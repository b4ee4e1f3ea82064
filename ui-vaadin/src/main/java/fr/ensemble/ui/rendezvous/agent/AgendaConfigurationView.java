package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgendaSettings;
import fr.ensemble.rendezvous.application.AgentPlanning;
import fr.ensemble.rendezvous.application.DeskExceptions;
import fr.ensemble.rendezvous.application.DeskFeeds;
import fr.ensemble.rendezvous.domain.AgendaChange;
import fr.ensemble.rendezvous.domain.AgendaException;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.ExceptionKind;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.ui.agent.BackOfficePages;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.layout.DropLabels;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A desk's closures and extra openings for the commune's agents: listed, added, deleted, and closures imported
 * from an iCalendar file (for one desk or every desk of the place, all or nothing). The commune's admins also set
 * the desk's weekly hours and the types' booking delays here.
 */
@Route(value = "agent/:commune/rendez-vous/configuration", layout = PublicLayout.class)
@PermitAll
@StyleSheet("rendezvous-agent.css")
public class AgendaConfigurationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRENCH);
    private static final int MAX_CALENDAR_BYTES = 1024 * 1024;

    private final BackOfficePages pages;
    private final AgentPlanning planning;
    private final DeskExceptions exceptions;
    private final AgendaSettings agendaSettings;
    private final DeskFeeds feeds;
    private final Select<Place> place = new Select<>();
    private final Select<Desk> desk = new Select<>();
    private final Div list = new Div();
    private final Paragraph feedback = new Paragraph();
    private WeeklyHoursEditor hoursEditor;
    private DeskFeedPanel feedPanel;
    private Tenant tenant;
    private String title = "Fermetures et ouvertures des guichets — Ensemble";

    public AgendaConfigurationView(BackOfficePages pages, AgentPlanning planning, DeskExceptions exceptions,
            AgendaSettings agendaSettings, DeskFeeds feeds) {
        this.pages = pages;
        this.planning = planning;
        this.exceptions = exceptions;
        this.agendaSettings = agendaSettings;
        this.feeds = feeds;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var opened = pages.open(event, "agent", "Fermetures et ouvertures des guichets").orElse(null);
        if (opened == null) {
            return;
        }
        tenant = opened.tenant();
        title = opened.title();
        removeAll();
        add(opened.banner(),
                new Paragraph(new Anchor("agent/" + tenant.slug() + "/rendez-vous", "Retour au planning")));
        List<Place> places = TenantContext.call(tenant.slug(), planning::places);
        if (places.isEmpty()) {
            add(new Paragraph(tenant.name() + " n'a pas encore de lieu de rendez-vous."));
            return;
        }
        place.setLabel("Lieu");
        place.setId("config-lieu");
        place.setItems(places);
        place.setItemLabelGenerator(Place::getName);
        place.addValueChangeListener(change -> {
            List<Desk> ofPlace = desks();
            desk.setItems(ofPlace);
            ofPlace.stream().findFirst().ifPresent(desk::setValue);
        });
        desk.setLabel("Guichet");
        desk.setId("config-guichet");
        desk.setItemLabelGenerator(Desk::getName);
        desk.addValueChangeListener(change -> refresh());
        feedback.setId("message-configuration");
        feedback.getElement().setAttribute("role", "status");
        list.setId("exceptions");
        feedPanel = new DeskFeedPanel(tenant.slug(), feeds);
        add(new HorizontalLayout(place, desk), feedback, list, addForm(), importForm(), feedPanel);
        hoursEditor = null;
        if (pages.hasRole(tenant, "admin")) {
            hoursEditor = new WeeklyHoursEditor(tenant.slug(), agendaSettings);
            add(hoursEditor, new BookingDelaysEditor(tenant.slug(), agendaSettings));
        }
        place.setValue(event.getLocation().getQueryParameters().getSingleParameter("lieu").flatMap(id -> places.stream()
                .filter(candidate -> candidate.getId().toString().equals(id)).findFirst()).orElse(places.getFirst()));
    }

    private List<Desk> desks() {
        return TenantContext.call(tenant.slug(), () -> planning.desks(place.getValue().getId()));
    }

    private void refresh() {
        list.removeAll();
        if (desk.getValue() == null) {
            return;
        }
        if (hoursEditor != null) {
            hoursEditor.show(desk.getValue());
        }
        feedPanel.show(desk.getValue());
        List<AgendaChange> changes = TenantContext.call(tenant.slug(), () -> exceptions.of(desk.getValue().getId()));
        list.add(new H2("Exceptions du guichet " + desk.getValue().getName()));
        if (changes.isEmpty()) {
            var empty = new Paragraph("Aucune fermeture ni ouverture exceptionnelle : le guichet suit ses horaires de la semaine.");
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        var table = new NativeTable();
        table.addClassName("rdv-table");
        table.setCaptionText("Fermetures et ouvertures exceptionnelles");
        var header = new NativeTableRow();
        for (String column : List.of("Nature", "Libellé", "Du", "Au", "Action")) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        table.getHead().add(header);
        for (AgendaChange change : changes) {
            AgendaException exception = change.exception();
            var delete = new Button("Supprimer", click -> {
                TenantContext.run(tenant.slug(), () -> exceptions.delete(change.getId()));
                refresh();
                feedback.setText("Exception « " + exception.label() + " » supprimée.");
            });
            delete.getElement().setAttribute("aria-label", "Supprimer « " + exception.label() + " » du " + WHEN.format(exception.start()));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL);
            table.getBody().add(new NativeTableRow(new NativeTableCell(exception.kind().label()),
                    new NativeTableCell(exception.label()), new NativeTableCell(WHEN.format(exception.start())),
                    new NativeTableCell(WHEN.format(exception.end())), new NativeTableCell(delete)));
        }
        list.add(table);
    }

    private Section addForm() {
        var kind = new Select<ExceptionKind>();
        kind.setLabel("Nature");
        kind.setId("exception-nature");
        kind.setItems(ExceptionKind.values());
        kind.setItemLabelGenerator(ExceptionKind::label);
        kind.setValue(ExceptionKind.CLOSURE);
        var start = new DateTimePicker("Début");
        start.setId("exception-debut");
        start.setLocale(Locale.FRANCE);
        var end = new DateTimePicker("Fin");
        end.setId("exception-fin");
        end.setLocale(Locale.FRANCE);
        var label = new TextField("Libellé (jour férié, formation…)");
        label.setId("exception-libelle");
        label.setMaxLength(200);
        label.setWidth("22em");
        var add = new Button("Ajouter", click -> {
            if (start.getValue() == null || end.getValue() == null || label.getValue().isBlank()) {
                feedback.setText("Indiquez le début, la fin et le libellé de l'exception.");
                return;
            }
            try {
                TenantContext.call(tenant.slug(), () -> exceptions.add(desk.getValue().getId(),
                        new AgendaException(start.getValue(), end.getValue(), kind.getValue(), label.getValue().strip())));
                refresh();
                feedback.setText("Exception « " + label.getValue().strip() + " » ajoutée.");
                label.clear();
            } catch (AppointmentRefusedException e) {
                feedback.setText(e.getMessage());
            }
        });
        add.setId("exception-ajouter");
        var fields = new HorizontalLayout(kind, start, end, label, add);
        fields.setWrap(true);
        fields.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return new Section(new H2("Ajouter une fermeture ou une ouverture exceptionnelle"), fields);
    }

    private Section importForm() {
        var allDesks = new Checkbox("Pour tous les guichets du lieu");
        allDesks.setId("import-tous-guichets");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            List<Long> deskIds = allDesks.getValue() ? desks().stream().map(Desk::getId).toList()
                    : List.of(desk.getValue().getId());
            try {
                int added = TenantContext.call(tenant.slug(), () -> exceptions.importClosures(deskIds,
                        new ByteArrayInputStream(bytes)));
                refresh();
                feedback.setText(added + " fermeture" + (added > 1 ? "s importées" : " importée") + " depuis « "
                        + metadata.fileName() + " ».");
            } catch (AppointmentRefusedException e) {
                feedback.setText(e.getMessage());
            }
        }));
        upload.setId("import-ics");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_CALENDAR_BYTES);
        upload.setAcceptedFileTypes("text/calendar", ".ics");
        upload.setUploadButton(new Button("Choisir un fichier .ics…"));
        DropLabels.set(upload, "Déposez ici un fichier .ics (1 Mo au plus)");
        upload.addFileRejectedListener(event -> feedback.setText("Ce fichier ne peut pas être importé : un calendrier .ics "
                + "d'un Mo au plus."));
        return new Section(new H2("Importer des fermetures depuis un calendrier (.ics)"),
                new Paragraph("Chaque événement du fichier devient une fermeture (un événement sur une journée entière ferme "
                        + "toute la journée). Si un événement chevauche une exception déjà saisie, rien n'est importé et le "
                        + "message dit lequel."), allDesks, upload);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
