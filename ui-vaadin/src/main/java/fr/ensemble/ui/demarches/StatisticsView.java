package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.RequestStatistics;
import fr.ensemble.demarches.application.RequestStatistics.ProcedureFigures;
import fr.ensemble.demarches.application.RequestStatistics.WeekCount;
import fr.ensemble.demarches.application.StatisticsCsv;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The commune's figures per procedure for its agents: a table (requests, the last 12 weeks, processing times,
 * share by status), a bar chart of the weeks for each procedure, and the same figures as a CSV file.
 */
@Route(value = "agent/:commune/demarches/statistiques", layout = PublicLayout.class)
@PermitAll
public class StatisticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final CommuneSettingsService settings;
    private final RequestStatistics statistics;
    private String title = "Statistiques des démarches — Ensemble";

    public StatisticsView(TenantRegistry registry, CommuneAccess access, CommuneSettingsService settings,
            RequestStatistics statistics) {
        this.registry = registry;
        this.access = access;
        this.settings = settings;
        this.statistics = statistics;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow()).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "agent")) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        title = "Statistiques des démarches — " + branding.getDisplayName() + " — Ensemble";
        List<ProcedureFigures> figures = TenantContext.call(tenant.slug(), statistics::perProcedure);
        removeAll();
        add(new CommuneBanner("Statistiques des démarches — " + branding.getDisplayName(), branding));
        add(new Paragraph("Demandes déposées par semaine (du lundi au dimanche) sur les " + RequestStatistics.WEEKS
                + " dernières semaines, délai de traitement du dépôt à la première décision (acceptée, refusée ou close) "
                + "sur toutes les demandes traitées, répartition par statut. Les demandes purgées au titre de la "
                + "conservation des données sont comptées."));
        String csv = StatisticsCsv.of(figures);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "statistiques-" + tenant.slug() + ".csv",
                "text/csv;charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8).length)), "Exporter en CSV");
        export.setId("export-csv");
        add(new Paragraph(export));
        if (figures.isEmpty()) {
            add(new Paragraph("Aucune demande n'a encore été déposée."));
            return;
        }
        add(table(figures));
        for (ProcedureFigures procedure : figures) {
            Section section = new Section(new H2(procedure.title()));
            section.add(new Html("<div>" + WeeklyChart.svg("graphique-" + procedure.procedure(),
                    "Demandes par semaine : " + procedure.title(), procedure.weeks()) + "</div>"));
            add(section);
        }
    }

    private static NativeTable table(List<ProcedureFigures> figures) {
        NativeTable table = new NativeTable();
        table.setId("statistiques");
        table.setCaptionText("Chiffres par démarche");
        NativeTableRow header = new NativeTableRow();
        for (String column : List.of("Démarche", "Demandes", RequestStatistics.WEEKS + " dernières semaines",
                "Traitées", "Délai médian", "Délai 90e centile", "Par statut")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        table.getHead().add(header);
        for (ProcedureFigures procedure : figures) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(procedure.title());
            name.getElement().setAttribute("scope", "row");
            row.add(name, new NativeTableCell(Long.toString(procedure.requests())),
                    new NativeTableCell(Long.toString(procedure.weeks().stream().mapToLong(WeekCount::requests).sum())),
                    new NativeTableCell(Long.toString(procedure.closed())),
                    new NativeTableCell(days(procedure.medianProcessing())),
                    new NativeTableCell(days(procedure.p90Processing())),
                    new NativeTableCell(shares(procedure)));
            table.getBody().add(row);
        }
        return table;
    }

    private static String days(java.time.Duration duration) {
        return duration == null ? "—" : StatisticsCsv.days(duration) + " j";
    }

    private static String shares(ProcedureFigures procedure) {
        StringBuilder text = new StringBuilder();
        for (String status : procedure.byStatus().keySet()) {
            long count = procedure.byStatus().get(status);
            if (count > 0) {
                text.append(text.isEmpty() ? "" : " · ").append(status).append(" : ").append(count)
                        .append(String.format(Locale.FRENCH, " (%.0f %%)", procedure.share(status) * 100));
            }
        }
        return text.toString();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
