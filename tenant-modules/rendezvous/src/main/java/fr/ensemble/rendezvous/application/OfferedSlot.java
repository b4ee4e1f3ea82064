package fr.ensemble.rendezvous.application;

import java.time.Instant;

/** A free slot as shown to people: where, at which desk, when. */
public record OfferedSlot(long placeId, String placeName, long deskId, String deskName, Instant start, Instant end) {
}
