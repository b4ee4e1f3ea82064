package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.core.tenancy.persistence.TenantJdbc;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The current tenant's appointment figures over a period (appointments whose start falls in it), per type and per
 * place: bookings, cancellations by the resident and by an agent, no-shows, attended, and the median lead time from
 * booking to appointment. An appointment moved by its resident counts once, as its new booking.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
public class AppointmentStatistics {

    /** What {@code Booking.move} writes on the appointment it replaces. */
    private static final String MOVED = "Déplacé";
    private static final String RESIDENT = "usager";

    private final TenantJdbc jdbc;
    private final TenantRegistry registry;

    AppointmentStatistics(TenantJdbc jdbc, TenantRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    public Figures over(LocalDate first, LocalDate last) {
        if (first == null || last == null || last.isBefore(first)) {
            throw new AppointmentRefusedException("Choisissez une période dont la fin suit le début.");
        }
        List<Row> perType = new ArrayList<>();
        List<Row> perPlace = new ArrayList<>();
        List<Row> total = new ArrayList<>();
        jdbc.read(registry.require(TenantContext.current().orElseThrow()), sql -> {
            sql.query("""
                    SELECT GROUPING(t.label), GROUPING(p.name), coalesce(t.label, p.name), count(*),
                           count(*) FILTER (WHERE a.status = 'ANNULE' AND a.cancelled_by = ?),
                           count(*) FILTER (WHERE a.status = 'ANNULE' AND a.cancelled_by <> ?),
                           count(*) FILTER (WHERE a.status = 'ABSENT'),
                           count(*) FILTER (WHERE a.status = 'HONORE'),
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.starts_at - a.booked_at))
                    FROM appointment a JOIN appointment_type t ON t.id = a.type_id
                    JOIN desk d ON d.id = a.desk_id JOIN place p ON p.id = d.place_id
                    WHERE a.kind = 'RDV' AND a.starts_at >= ? AND a.starts_at < ?
                      AND NOT (a.status = 'ANNULE' AND a.cancelled_by = ? AND a.cancel_reason IS NOT DISTINCT FROM ?)
                    GROUP BY GROUPING SETS ((t.label), (p.name), ())
                    ORDER BY 3""", result -> {
                Double medianSeconds = result.getObject(9, Double.class);
                Row row = new Row(result.getString(3), result.getLong(4), result.getLong(5), result.getLong(6),
                        result.getLong(7), result.getLong(8), medianSeconds == null ? null
                                : Duration.ofSeconds(Math.round(medianSeconds)));
                boolean byType = result.getInt(1) == 0;
                boolean byPlace = result.getInt(2) == 0;
                (byType ? perType : byPlace ? perPlace : total).add(byType || byPlace ? row : row.named("Total"));
            }, RESIDENT, RESIDENT, Timestamp.from(first.atStartOfDay(Agendas.ZONE).toInstant()),
                    Timestamp.from(last.plusDays(1).atStartOfDay(Agendas.ZONE).toInstant()), RESIDENT, MOVED);
            return null;
        });
        return new Figures(first, last, perType, perPlace, total.isEmpty() ? Row.empty("Total") : total.getFirst());
    }

    /** The figures of a period; {@code perType} and {@code perPlace} only list what had appointments. */
    public record Figures(LocalDate first, LocalDate last, List<Row> perType, List<Row> perPlace, Row total) {
    }

    /** One line of figures; {@code medianLeadTime} is null when there is no appointment. */
    public record Row(String label, long bookings, long cancelledByResident, long cancelledByAgent, long noShows,
            long attended, Duration medianLeadTime) {

        static Row empty(String label) {
            return new Row(label, 0, 0, 0, 0, 0, null);
        }

        Row named(String name) {
            return new Row(name, bookings, cancelledByResident, cancelledByAgent, noShows, attended, medianLeadTime);
        }
    }
}
