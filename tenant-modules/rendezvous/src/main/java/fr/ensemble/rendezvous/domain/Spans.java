package fr.ensemble.rendezvous.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Set operations on lists of spans; every result is sorted and has no two spans touching or overlapping. */
final class Spans {

    private Spans() {
    }

    static List<TimeSpan> merge(List<TimeSpan> spans) {
        List<TimeSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(TimeSpan::start));
        List<TimeSpan> merged = new ArrayList<>();
        for (TimeSpan span : sorted) {
            TimeSpan last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !span.start().isAfter(last.end())) {
                if (span.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new TimeSpan(last.start(), span.end()));
                }
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** What of {@code spans} lies outside every one of {@code removed}. */
    static List<TimeSpan> subtract(List<TimeSpan> spans, List<TimeSpan> removed) {
        List<TimeSpan> remaining = merge(spans);
        for (TimeSpan cut : merge(removed)) {
            List<TimeSpan> next = new ArrayList<>();
            for (TimeSpan span : remaining) {
                if (!span.overlaps(cut)) {
                    next.add(span);
                    continue;
                }
                if (span.start().isBefore(cut.start())) {
                    next.add(new TimeSpan(span.start(), cut.start()));
                }
                if (cut.end().isBefore(span.end())) {
                    next.add(new TimeSpan(cut.end(), span.end()));
                }
            }
            remaining = next;
        }
        return remaining;
    }

    /** The span between two instants, or null when a clock change leaves nothing between them. */
    static TimeSpan between(Instant start, Instant end) {
        return start.isBefore(end) ? new TimeSpan(start, end) : null;
    }
}
