package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgentAppointments;
import fr.ensemble.rendezvous.application.AgentPlanning.PlanningEntry;
import fr.ensemble.rendezvous.application.AgentPlanning;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentStatus;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.ui.agent.BackOfficePages;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The commune's appointment planning for its agents: a place and one of its desks (or all), a day or a week, with
 * what each appointment needs at the desk and the agents' actions on it (attended, no-show, cancel with a message),
 * booking at the phone and blocking; printable ({@code @media print} hides everything but the planning).
 */
@Route(value = "agent/:commune/rendez-vous", layout = PublicLayout.class)
@PermitAll
@StyleSheet("rendezvous-agent.css")
public class AgentPlanningView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String DAY = "Jour";
    static final String WEEK = "Semaine";

    private final BackOfficePages pages;
    private final AgentPlanning planning;
    private final AgentAppointments actions;
    private final SlotSearch search;
    private final Booking booking;
    private final Clock clock;
    private final Select<Place> place = new Select<>();
    private final Select<Desk> desk = new Select<>();
    private final RadioButtonGroup<String> span = new RadioButtonGroup<>("Affichage");
    private final DatePicker day = new DatePicker("Jour affiché");
    private final Paragraph feedback = new Paragraph();
    private final Div board = new Div();
    private Tenant tenant;
    private String title = "Planning des rendez-vous — Ensemble";

    public AgentPlanningView(BackOfficePages pages, AgentPlanning planning, AgentAppointments actions, SlotSearch search,
            Booking booking, Clock clock) {
        this.pages = pages;
        this.planning = planning;
        this.actions = actions;
        this.search = search;
        this.booking = booking;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var opened = pages.open(event, "agent", "Planning des rendez-vous").orElse(null);
        if (opened == null) {
            return;
        }
        tenant = opened.tenant();
        title = opened.title();
        removeAll();
        add(opened.banner());
        List<Place> places = inTenant(planning::places);
        if (places.isEmpty()) {
            add(emptyState(tenant.name() + " n'a pas encore de lieu de rendez-vous : aucun planning à afficher."));
            return;
        }
        add(links());
        buildControls(places, event.getLocation().getQueryParameters());
        board.setId("planning");
        board.addClassName("planning-board");
        feedback.setId("message-planning");
        feedback.getElement().setAttribute("role", "status");
        add(controls(), feedback, board);
        refresh();
    }

    private Paragraph links() {
        var links = new Paragraph(new Anchor("agent/" + tenant.slug() + "/rendez-vous/statistiques", "Statistiques des rendez-vous"),
                new Span(" · "), new Anchor("agent/" + tenant.slug() + "/rendez-vous/configuration",
                        "Fermetures et ouvertures des guichets"), new Span(" · "),
                new Anchor("agent/" + tenant.slug() + "/rendez-vous/ateliers", "Ateliers"));
        if (pages.hasRole(tenant, "admin")) {
            links.add(new Span(" · "), new Anchor("agent/" + tenant.slug() + "/rendez-vous/lieux", "Lieux, guichets et types"));
        }
        links.addClassName("no-print");
        return links;
    }

    private void buildControls(List<Place> places, QueryParameters query) {
        place.setLabel("Lieu");
        place.setId("lieu");
        place.setItems(places);
        place.setItemLabelGenerator(Place::getName);
        place.setValue(query.getSingleParameter("lieu").flatMap(id -> places.stream()
                .filter(candidate -> candidate.getId().toString().equals(id)).findFirst()).orElse(places.getFirst()));
        desk.setLabel("Guichet");
        desk.setId("guichet");
        desk.setItemLabelGenerator(chosen -> chosen == null ? "Tous les guichets" : chosen.getName());
        desk.setEmptySelectionAllowed(true);
        desk.setEmptySelectionCaption("Tous les guichets");
        fillDesks();
        query.getSingleParameter("guichet").flatMap(id -> desk.getListDataView().getItems()
                .filter(candidate -> candidate.getId().toString().equals(id)).findFirst()).ifPresent(desk::setValue);
        place.addValueChangeListener(change -> {
            fillDesks();
            refresh();
        });
        desk.addValueChangeListener(change -> refresh());
        span.setId("affichage");
        span.setItems(DAY, WEEK);
        span.setValue(query.getSingleParameter("vue").filter("semaine"::equals).map(chosen -> WEEK).orElse(DAY));
        span.addValueChangeListener(change -> refresh());
        day.setId("jour");
        day.setLocale(Locale.FRANCE);
        day.setValue(query.getSingleParameter("jour").flatMap(AgentPlanningView::date).orElse(today()));
        day.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                day.setValue(today());
            }
            refresh();
        });
    }

    private HorizontalLayout controls() {
        var previous = new Button("Précédent", click -> day.setValue(day.getValue().minusDays(length())));
        previous.setId("precedent");
        var todayButton = new Button("Aujourd'hui", click -> day.setValue(today()));
        todayButton.setId("aujourdhui");
        var next = new Button("Suivant", click -> day.setValue(day.getValue().plusDays(length())));
        next.setId("suivant");
        var print = new Button("Imprimer", click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("imprimer");
        var phone = new Button("Prendre un rendez-vous pour un usager", click -> new PhoneBookingDialog(tenant.slug(),
                place.getValue(), search, booking, this::booked).open());
        phone.setId("rdv-telephone");
        phone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var block = new Button("Bloquer un créneau", click -> new BlockDialog(tenant.slug(),
                inTenant(() -> planning.desks(place.getValue().getId())), day.getValue(), actions, this::blocked).open());
        block.setId("bloquer");
        var controls = new HorizontalLayout(place, desk, span, day, previous, todayButton, next, print, phone, block);
        controls.setWrap(true);
        controls.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        controls.addClassName("no-print");
        return controls;
    }

    private void fillDesks() {
        desk.setItems(inTenant(() -> planning.desks(place.getValue().getId())));
        desk.clear();
    }

    private void refresh() {
        LocalDate first = firstDay();
        LocalDate last = first.plusDays(length() - 1);
        Long deskId = desk.getValue() == null ? null : desk.getValue().getId();
        List<PlanningEntry> entries = inTenant(() -> planning.entries(place.getValue().getId(), deskId, first, last));
        board.removeAll();
        String where = place.getValue().getName() + (desk.getValue() == null ? ", tous les guichets" : ", " + desk.getValue().getName());
        board.add(new H2(span.getValue().equals(DAY) ? Labels.day(first) + " — " + where
                : "Semaine du " + Labels.day(first) + " au " + Labels.day(last) + " — " + where));
        if (entries.isEmpty()) {
            board.add(emptyState("Aucun rendez-vous ni créneau bloqué " + (span.getValue().equals(DAY) ? "ce jour-là" : "cette semaine")
                    + " à ce guichet. Les rendez-vous pris en ligne par les usagers ou par téléphone s'affichent ici ; "
                    + "changez de jour, de lieu ou de guichet, ou prenez un rendez-vous pour un usager."));
            return;
        }
        Map<LocalDate, List<PlanningEntry>> byDay = entries.stream().collect(Collectors.groupingBy(
                entry -> entry.appointment().getStartsAt().atZone(Labels.PARIS).toLocalDate(), java.util.TreeMap::new,
                Collectors.toList()));
        byDay.forEach((date, ofDay) -> board.add(dayTable(date, ofDay)));
    }

    private Section dayTable(LocalDate date, List<PlanningEntry> entries) {
        var table = new NativeTable();
        table.addClassName("rdv-table");
        table.setCaptionText("Rendez-vous du " + Labels.day(date));
        var header = new NativeTableRow();
        for (String column : List.of("Heure", "Guichet", "Rendez-vous", "Usager", "Personnes", "Numéros ANTS", "Statut")) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        var actionsHeader = new NativeTableHeaderCell("Actions");
        actionsHeader.getElement().setAttribute("scope", "col");
        actionsHeader.addClassName("no-print");
        header.add(actionsHeader);
        table.getHead().add(header);
        for (PlanningEntry entry : entries) {
            table.getBody().add(row(entry));
        }
        var section = new Section(table);
        section.addClassName("planning-day");
        return section;
    }

    private NativeTableRow row(PlanningEntry entry) {
        Appointment appointment = entry.appointment();
        var row = new NativeTableRow();
        row.getElement().setAttribute("data-reference", appointment.getReference());
        var time = new NativeTableHeaderCell(Labels.time(appointment.getStartsAt()) + "–" + Labels.time(appointment.getEndsAt()));
        time.getElement().setAttribute("scope", "row");
        row.add(time, new NativeTableCell(entry.deskName()));
        if (appointment.isBlock()) {
            row.add(new NativeTableCell("Créneau bloqué : " + appointment.getNote()), new NativeTableCell("—"),
                    new NativeTableCell("—"), new NativeTableCell("—"),
                    new NativeTableCell(appointment.getStatus() == AppointmentStatus.ANNULE ? "Débloqué" : "Bloqué"));
        } else {
            var contact = appointment.contact();
            row.add(new NativeTableCell(entry.typeLabel()),
                    new NativeTableCell(Stream.of(contact.name(), contact.phone(), contact.email()).filter(Objects::nonNull)
                            .collect(Collectors.joining(" · "))),
                    new NativeTableCell(Integer.toString(appointment.getPeople())),
                    new NativeTableCell(appointment.getPreApplicationNumbers().isEmpty() ? "—"
                            : String.join(", ", appointment.getPreApplicationNumbers())),
                    new NativeTableCell(appointment.getStatus().label()));
        }
        var buttons = new NativeTableCell();
        buttons.addClassName("no-print");
        actionsFor(entry).forEach(buttons::add);
        row.add(buttons);
        return row;
    }

    private List<Button> actionsFor(PlanningEntry entry) {
        Appointment appointment = entry.appointment();
        if (appointment.getStatus() != AppointmentStatus.RESERVE) {
            return List.of();
        }
        String who = appointment.isBlock() ? "le blocage" : appointment.contact().name();
        String when = " (" + Labels.time(appointment.getStartsAt()) + ", " + who + ")";
        boolean started = !appointment.getStartsAt().isAfter(clock.instant());
        if (appointment.isBlock()) {
            return started ? List.of() : List.of(action("Débloquer", "Débloquer le créneau" + when, "debloquer",
                    () -> actions.release(appointment.getReference()), "Le créneau est débloqué."));
        }
        if (started) {
            return List.of(action("Honoré", "Noter honoré" + when, "honore",
                            () -> actions.markAttendance(appointment.getReference(), true), "Rendez-vous noté honoré."),
                    action("Absent", "Noter absent" + when, "absent",
                            () -> actions.markAttendance(appointment.getReference(), false), "Rendez-vous noté absent."));
        }
        var cancel = new Button("Annuler", click -> new CancelDialog(entry, message -> {
            inTenant(() -> actions.cancel(appointment.getReference(), message));
            done(appointment.contact().email() == null ? "Le rendez-vous est annulé ; l'usager n'a pas d'e-mail : "
                    + "prévenez-le au " + appointment.contact().phone() + "." : "Le rendez-vous est annulé ; l'usager est prévenu par e-mail.");
        }).open());
        cancel.getElement().setAttribute("aria-label", "Annuler le rendez-vous" + when);
        cancel.addClassName("action-annuler");
        return List.of(cancel);
    }

    private Button action(String text, String label, String className, Runnable work, String success) {
        var button = new Button(text, click -> {
            try {
                TenantContext.run(tenant.slug(), work);
                done(success);
            } catch (AppointmentRefusedException e) {
                feedback.setText(e.getMessage());
            }
        });
        button.getElement().setAttribute("aria-label", label);
        button.addClassName("action-" + className);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void booked(Appointment appointment) {
        day.setValue(appointment.getStartsAt().atZone(Labels.PARIS).toLocalDate());
        done("Rendez-vous " + appointment.getReference() + " pris le " + Labels.when(appointment.getStartsAt())
                + (appointment.contact().email() == null ? " ; l'usager n'a pas d'e-mail : donnez-lui la référence, le lieu "
                        + "et l'heure au téléphone." : " ; la confirmation part par e-mail à " + appointment.contact().email() + "."));
    }

    private void blocked(Appointment block) {
        day.setValue(block.getStartsAt().atZone(Labels.PARIS).toLocalDate());
        done("Créneau bloqué le " + Labels.when(block.getStartsAt()) + ".");
    }

    private void done(String message) {
        refresh();
        feedback.setText(message);
    }

    private LocalDate firstDay() {
        return span.getValue().equals(DAY) ? day.getValue() : day.getValue().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private int length() {
        return span.getValue().equals(DAY) ? 1 : 7;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Labels.PARIS));
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantContext.call(tenant.slug(), work);
    }

    private static Paragraph emptyState(String text) {
        var empty = new Paragraph(text);
        empty.addClassName("empty-state");
        return empty;
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
