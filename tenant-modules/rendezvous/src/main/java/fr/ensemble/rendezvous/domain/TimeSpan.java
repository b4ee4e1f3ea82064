package fr.ensemble.rendezvous.domain;

import java.time.Duration;
import java.time.Instant;

/** A span of time from {@code start} (included) to {@code end} (excluded). */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A span ends after it starts: " + start + " / " + end);
        }
    }

    public static TimeSpan of(Instant start, Duration length) {
        return new TimeSpan(start, start.plus(length));
    }

    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeSpan other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
