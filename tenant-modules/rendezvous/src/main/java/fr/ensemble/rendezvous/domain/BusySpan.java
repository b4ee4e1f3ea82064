package fr.ensemble.rendezvous.domain;

import java.time.Instant;

/** A span a desk cannot offer, as read for slot searches. */
public record BusySpan(long deskId, Instant start, Instant end) {

    public TimeSpan span() {
        return new TimeSpan(start, end);
    }
}
