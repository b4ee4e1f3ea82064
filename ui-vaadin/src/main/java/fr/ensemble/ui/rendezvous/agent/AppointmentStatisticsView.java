package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AppointmentStatistics.Figures;
import fr.ensemble.rendezvous.application.AppointmentStatistics.Row;
import fr.ensemble.rendezvous.application.AppointmentStatistics;
import fr.ensemble.rendezvous.application.AppointmentStatisticsCsv;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.ui.agent.BackOfficePages;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The commune's appointment figures over a chosen period, per type and per place (bookings, cancellations by the
 * resident and by an agent, no-shows, attended, median lead time), as tables and as a CSV file.
 */
@Route(value = "agent/:commune/rendez-vous/statistiques", layout = PublicLayout.class)
@PermitAll
@StyleSheet("rendezvous-agent.css")
public class AppointmentStatisticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BackOfficePages pages;
    private final AppointmentStatistics statistics;
    private final Clock clock;
    private final DatePicker first = new DatePicker("Rendez-vous du");
    private final DatePicker last = new DatePicker("au");
    private final Div figures = new Div();
    private Tenant tenant;
    private String title = "Statistiques des rendez-vous — Ensemble";

    public AppointmentStatisticsView(BackOfficePages pages, AppointmentStatistics statistics, Clock clock) {
        this.pages = pages;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var opened = pages.open(event, "agent", "Statistiques des rendez-vous").orElse(null);
        if (opened == null) {
            return;
        }
        tenant = opened.tenant();
        title = opened.title();
        removeAll();
        add(opened.banner(),
                new Paragraph(new Anchor("agent/" + tenant.slug() + "/rendez-vous", "Retour au planning")),
                new Paragraph("Les rendez-vous dont la date tombe dans la période : pris (en ligne ou par un agent), annulés "
                        + "par l'usager ou par un agent, absents, honorés, et le délai médian entre la prise du rendez-vous "
                        + "et le rendez-vous. Un rendez-vous déplacé par l'usager compte une fois, à sa nouvelle date."));
        LocalDate today = LocalDate.now(clock.withZone(Labels.PARIS));
        first.setValue(today.withDayOfMonth(1).minusMonths(1));
        last.setValue(today);
        for (DatePicker picker : List.of(first, last)) {
            picker.setLocale(Locale.FRANCE);
            picker.addValueChangeListener(change -> refresh());
        }
        first.setId("statistiques-du");
        last.setId("statistiques-au");
        figures.setId("statistiques-rdv");
        add(new HorizontalLayout(first, last), figures);
        refresh();
    }

    private void refresh() {
        figures.removeAll();
        Figures result;
        try {
            result = TenantContext.call(tenant.slug(), () -> statistics.over(first.getValue(), last.getValue()));
        } catch (AppointmentRefusedException e) {
            var error = new Paragraph(e.getMessage());
            error.getElement().setAttribute("role", "alert");
            figures.add(error);
            return;
        }
        byte[] csv = AppointmentStatisticsCsv.of(result).getBytes(StandardCharsets.UTF_8);
        var export = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(new ByteArrayInputStream(csv),
                "rendez-vous-" + tenant.slug() + "-" + result.first() + "-" + result.last() + ".csv", "text/csv;charset=UTF-8",
                csv.length)), "Exporter en CSV");
        export.setId("export-csv-rdv");
        figures.add(new Paragraph(export));
        if (result.total().bookings() == 0) {
            var empty = new Paragraph("Aucun rendez-vous sur cette période.");
            empty.addClassName("empty-state");
            figures.add(empty);
            return;
        }
        figures.add(table("statistiques-par-type", "Par type de rendez-vous", "Type", result.perType(), result.total()),
                table("statistiques-par-lieu", "Par lieu", "Lieu", result.perPlace(), result.total()));
    }

    private static NativeTable table(String id, String caption, String firstColumn, List<Row> rows, Row total) {
        var table = new NativeTable();
        table.addClassName("rdv-table");
        table.setId(id);
        table.setCaptionText(caption);
        var header = new NativeTableRow();
        for (String column : List.of(firstColumn, "Rendez-vous", "Annulés par l'usager", "Annulés par un agent", "Absents",
                "Honorés", "Délai médian de réservation")) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        table.getHead().add(header);
        rows.forEach(row -> table.getBody().add(line(row)));
        table.getBody().add(line(total));
        return table;
    }

    private static NativeTableRow line(Row row) {
        var name = new NativeTableHeaderCell(row.label());
        name.getElement().setAttribute("scope", "row");
        var line = new NativeTableRow(name);
        for (long count : new long[] {row.bookings(), row.cancelledByResident(), row.cancelledByAgent(), row.noShows(),
                row.attended()}) {
            line.add(new NativeTableCell(Long.toString(count)));
        }
        line.add(new NativeTableCell(row.medianLeadTime() == null ? "—" : AppointmentStatisticsCsv.days(row.medianLeadTime()) + " j"));
        return line;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
