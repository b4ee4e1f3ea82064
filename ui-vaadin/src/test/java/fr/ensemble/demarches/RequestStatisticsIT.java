package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.RequestStatistics;
import fr.ensemble.demarches.application.RequestStatistics.ProcedureFigures;
import fr.ensemble.demarches.application.RequestStatistics.WeekCount;
import fr.ensemble.demarches.application.StatisticsCsv;
import fr.ensemble.demarches.domain.workflow.Workflow;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agents' statistics computed on a known set of requests of a procedure of its own: weeks, processing
 * times (median and 90th percentile from filing to the first decision), statuses, a purged request still
 * counted; Bagnolet's figures never include Pantin's; the CSV export.
 */
@IntegrationTest
class RequestStatisticsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    RequestStatistics statistics;

    private String slug;

    @BeforeEach
    void aProcedureOfItsOwn() {
        slug = "stats-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void figuresOfAKnownSetOfRequests() throws Exception {
        long pantin = procedure("pantin");
        request("pantin", pantin, 0, "RECUE", false, Map.of());
        request("pantin", pantin, 1, "ACCEPTEE", false, Map.of("ACCEPTEE", 2));
        request("pantin", pantin, 1, "REFUSEE", false, Map.of("REFUSEE", 4));
        request("pantin", pantin, 3, "CLOSE", true,
                Map.of("EN_COURS", 1, "ACCEPTEE", 6, "CLOSE", 8));
        request("pantin", pantin, 20, "ACCEPTEE", false, Map.of("ACCEPTEE", 10));

        ProcedureFigures figures = figuresOf("pantin");

        assertThat(figures.requests()).as("the purged request and the one older than 12 weeks count").isEqualTo(5);
        assertThat(figures.weeks()).hasSize(12);
        assertThat(figures.weeks().getLast().monday()).isEqualTo(LocalDate.now(PARIS).with(
                TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        assertThat(figures.weeks().stream().map(WeekCount::requests))
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 2L, 1L);
        assertThat(figures.closed()).as("refused and closed; accepted is not closed yet").isEqualTo(2);
        assertThat(figures.medianProcessing()).as("4 and 8 days").isEqualTo(Duration.ofDays(6));
        assertThat(figures.p90Processing()).isEqualTo(Duration.ofHours(7 * 24 + 14).plusMinutes(24));
        assertThat(figures.byStatus()).containsExactly(Map.entry("Reçue", 1L), Map.entry("En cours d'instruction", 0L),
                Map.entry("En attente de l'usager", 0L), Map.entry("Acceptée", 2L), Map.entry("Refusée", 1L), Map.entry("Close", 1L));
        assertThat(figures.share("Acceptée")).isEqualTo(0.4);

        String csv = StatisticsCsv.of(List.of(figures));
        assertThat(csv).startsWith("\uFEFFdémarche;identifiant;demandes;semaine du ");
        assertThat(csv).contains("Statistiques " + slug + ";" + slug + ";5;0;0;0;0;0;0;0;0;1;0;2;1;2;6,0;7,6;1;0;0;2;1;1\r\n");
    }

    @Test
    void bagnoletsFiguresAreBagnoletsOnly() throws Exception {
        long pantin = procedure("pantin");
        request("pantin", pantin, 0, "ACCEPTEE", false, Map.of("ACCEPTEE", 3));
        request("pantin", pantin, 2, "RECUE", false, Map.of());
        long bagnolet = procedure("bagnolet");
        request("bagnolet", bagnolet, 0, "RECUE", false, Map.of());

        ProcedureFigures inBagnolet = figuresOf("bagnolet");

        assertThat(inBagnolet.requests()).isEqualTo(1);
        assertThat(inBagnolet.closed()).isZero();
        assertThat(inBagnolet.medianProcessing()).isNull();
        assertThat(inBagnolet.byStatus()).containsEntry("Reçue", 1L);
        assertThat(inBagnolet.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        assertThat(figuresOf("pantin").requests()).isEqualTo(2);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent"),
                () -> TenantContext.call("pantin", statistics::perProcedure))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("alice", List.of(),
                () -> TenantContext.call("pantin", statistics::perProcedure))).isInstanceOf(AccessDeniedException.class);
    }

    private ProcedureFigures figuresOf(String tenant) {
        return Acting.as("agent." + tenant, List.of(tenant + ":agent"), () -> TenantContext.call(tenant,
                statistics::perProcedure)).stream().filter(figures -> figures.procedure().equals(slug)).findFirst().orElseThrow();
    }

    /** An unpublished procedure with a published form, so that it stays out of the catalogue. */
    private long procedure(String tenant) throws SQLException {
        try (Connection db = LocalStack.superuser("ensemble"); var insert = db.prepareStatement("""
                INSERT INTO t_%s.procedure (slug, title, category, summary, channel, published)
                VALUES (?, ?, 'SERVICES', 'Pour les statistiques', 'ONLINE', false) RETURNING id""".formatted(tenant))) {
            insert.setString(1, slug);
            insert.setString(2, "Statistiques " + slug);
            try (var rows = insert.executeQuery()) {
                rows.next();
                long id = rows.getLong(1);
                db.createStatement().execute("INSERT INTO t_%s.procedure_form (procedure_id, number, definition, published_at) "
                        .formatted(tenant) + "VALUES (" + id + ", 1, '{\"pages\": []}', now())");
                return id;
            }
        }
    }

    /**
     * A request filed on Monday 10:00 (Paris) that many weeks ago, with steps that many days after its filing.
     */
    private void request(String tenant, long procedure, int weeksAgo, String status, boolean purged,
            Map<String, Integer> stepsAfterDays) throws SQLException {
        Instant filed = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeksAgo)
                .atTime(10, 0).atZone(PARIS).toInstant();
        try (Connection db = LocalStack.superuser("ensemble"); var insert = db.prepareStatement("""
                INSERT INTO t_%s.request (tracking_number, procedure_id, form_number, contact_email, status, resident_status,
                                          answers, submitted_at, updated_at, purged_at, closed_at)
                VALUES (?, ?, 1, ?, ?, ?, '{}', ?, ?, ?, ?) RETURNING id""".formatted(tenant))) {
            insert.setString(1, slug.toUpperCase() + "-" + UUID.randomUUID());
            insert.setLong(2, procedure);
            insert.setString(3, purged ? "purge@invalid" : "alice@example.org");
            insert.setString(4, status);
            insert.setString(5, Workflow.DEFAULT.status(status).residentLabel());
            insert.setTimestamp(6, Timestamp.from(filed));
            insert.setTimestamp(7, Timestamp.from(filed));
            insert.setTimestamp(8, purged ? Timestamp.from(Instant.now()) : null);
            // a request in a closing status of the default workflow was closed when it entered it
            Integer closedAfter = Workflow.DEFAULT.status(status).closing() ? stepsAfterDays.get(status) : null;
            insert.setTimestamp(9, closedAfter == null ? null : Timestamp.from(filed.plus(Duration.ofDays(closedAfter))));
            try (var rows = insert.executeQuery()) {
                rows.next();
                long id = rows.getLong(1);
                step(db, tenant, id, filed, "RECUE");
                for (var entry : stepsAfterDays.entrySet()) {
                    step(db, tenant, id, filed.plus(Duration.ofDays(entry.getValue())), entry.getKey());
                }
            }
        }
    }

    private static void step(Connection db, String tenant, long request, Instant at, String status) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO t_%s.request_event (request_id, occurred_at, actor, action, "
                .formatted(tenant) + "status, visible_to_resident) VALUES (?, ?, 'test', 'STATUS', ?, true)")) {
            insert.setLong(1, request);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, status);
            insert.executeUpdate();
        }
    }
}
