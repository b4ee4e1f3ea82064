package fr.ensemble.rendezvous.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When a desk is open: its weekly hours, plus its extra openings, minus its closures. Local times are read in
 * the commune's zone day by day, so a desk open 9:00–12:00 opens at 9:00 on both sides of a clock change, and a
 * span across the change lasts the hours that really pass.
 */
public record DeskCalendar(List<WeeklyOpening> weekly, List<AgendaException> exceptions, ZoneId zone) {

    public DeskCalendar {
        weekly = List.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
    }

    /** The open spans from the start of {@code first} to the end of {@code last}, sorted. */
    public List<TimeSpan> openBetween(LocalDate first, LocalDate last) {
        TimeSpan range = new TimeSpan(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
        List<TimeSpan> open = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (WeeklyOpening opening : weekly) {
                if (opening.day() == day.getDayOfWeek()) {
                    TimeSpan span = Spans.between(day.atTime(opening.from()).atZone(zone).toInstant(),
                            day.atTime(opening.to()).atZone(zone).toInstant());
                    if (span != null) {
                        open.add(span);
                    }
                }
            }
        }
        List<TimeSpan> closures = new ArrayList<>();
        for (AgendaException exception : exceptions) {
            TimeSpan span = exception.in(zone);
            if (!span.overlaps(range)) {
                continue;
            }
            if (exception.kind() == ExceptionKind.OPENING) {
                open.add(clip(span, range));
            } else {
                closures.add(span);
            }
        }
        return Spans.subtract(open, closures);
    }

    private static TimeSpan clip(TimeSpan span, TimeSpan range) {
        return new TimeSpan(span.start().isBefore(range.start()) ? range.start() : span.start(),
                span.end().isAfter(range.end()) ? range.end() : span.end());
    }
}
