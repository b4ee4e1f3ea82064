package fr.ensemble.rendezvous.domain;

import java.time.Instant;

/** A free span of one desk that an appointment can take. */
public record Slot(long deskId, TimeSpan span) {

    public Instant start() {
        return span.start();
    }

    public Instant end() {
        return span.end();
    }
}
