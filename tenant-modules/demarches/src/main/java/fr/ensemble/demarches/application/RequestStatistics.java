package fr.ensemble.demarches.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.core.tenancy.persistence.TenantJdbc;
import fr.ensemble.demarches.domain.workflow.Workflow;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The current tenant's figures per procedure, for its agents: requests filed in each of the last 12 weeks
 * (Monday to Sunday, Paris time), the processing time from filing to closing (a closing status of the procedure's
 * workflow; median and 90th percentile, over every request closed so far) and the requests by status.
 * Purged requests count: retention keeps their procedure, statuses and dates for these figures.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
public class RequestStatistics {

    public static final int WEEKS = 12;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TenantJdbc jdbc;
    private final TenantRegistry registry;
    private final Clock clock;

    RequestStatistics(TenantJdbc jdbc, TenantRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    /** Every procedure that has requests, by title. */
    public List<ProcedureFigures> perProcedure() {
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        LocalDate firstWeek = LocalDate.now(clock.withZone(PARIS)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS - 1);
        return jdbc.read(tenant, sql -> {
            Map<Long, Builder> byProcedure = new LinkedHashMap<>();
            sql.query("""
                    SELECT p.id, p.slug, p.title, count(r.id), p.workflow::text FROM procedure p
                    JOIN request r ON r.procedure_id = p.id GROUP BY p.id ORDER BY p.title""", row -> {
                byProcedure.put(row.getLong(1), new Builder(row.getString(2), row.getString(3), row.getLong(4), firstWeek,
                        Workflow.fromJson(row.getString(5))));
            });
            sql.query("""
                    SELECT procedure_id, (date_trunc('week', submitted_at AT TIME ZONE 'Europe/Paris'))::date, count(*)
                    FROM request WHERE submitted_at >= ? GROUP BY 1, 2""", row -> {
                byProcedure.get(row.getLong(1)).week(row.getObject(2, LocalDate.class), row.getLong(3));
            }, Timestamp.from(firstWeek.atStartOfDay(PARIS).toInstant()));
            sql.query("""
                    SELECT procedure_id, count(*),
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - submitted_at)),
                           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - submitted_at))
                    FROM request WHERE closed_at IS NOT NULL GROUP BY procedure_id""", row -> {
                byProcedure.get(row.getLong(1)).processing(row.getLong(2), seconds(row.getDouble(3)), seconds(row.getDouble(4)));
            });
            sql.query("SELECT procedure_id, status, count(*) FROM request GROUP BY 1, 2", row -> {
                byProcedure.get(row.getLong(1)).status(row.getString(2), row.getLong(3));
            });
            return byProcedure.values().stream().map(Builder::build).toList();
        });
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /**
     * The figures of one procedure. {@code medianProcessing} and {@code p90Processing} are null until one is closed;
     * {@code byStatus} has every status of the procedure's workflow, by label, in the workflow's order.
     */
    public record ProcedureFigures(String procedure, String title, long requests, List<WeekCount> weeks,
            long closed, Duration medianProcessing, Duration p90Processing, Map<String, Long> byStatus) {

        /** The share of the requests in the status of that label, 0 to 1. */
        public double share(String status) {
            return requests == 0 ? 0 : byStatus.getOrDefault(status, 0L) / (double) requests;
        }
    }

    /** Requests filed in the week starting that Monday. */
    public record WeekCount(LocalDate monday, long requests) {
    }

    private static final class Builder {

        private final String procedure;
        private final String title;
        private final long requests;
        private final Map<LocalDate, Long> weeks = new LinkedHashMap<>();
        private final Map<String, Long> byStatus = new LinkedHashMap<>();
        private final Workflow workflow;
        private long closed;
        private Duration median;
        private Duration p90;

        Builder(String procedure, String title, long requests, LocalDate firstWeek, Workflow workflow) {
            this.workflow = workflow;
            workflow.statuses().forEach(status -> byStatus.put(status.label(), 0L));
            this.procedure = procedure;
            this.title = title;
            this.requests = requests;
            for (int week = 0; week < WEEKS; week++) {
                weeks.put(firstWeek.plusWeeks(week), 0L);
            }
        }

        void week(LocalDate monday, long count) {
            weeks.computeIfPresent(monday, (key, none) -> count);
        }

        void processing(long count, Duration median, Duration p90) {
            this.closed = count;
            this.median = median;
            this.p90 = p90;
        }

        void status(String code, long count) {
            byStatus.merge(workflow.status(code).label(), count, Long::sum);
        }

        ProcedureFigures build() {
            List<WeekCount> counts = new ArrayList<>();
            weeks.forEach((monday, count) -> counts.add(new WeekCount(monday, count)));
            return new ProcedureFigures(procedure, title, requests, counts, closed, median, p90, byStatus);
        }
    }
}
