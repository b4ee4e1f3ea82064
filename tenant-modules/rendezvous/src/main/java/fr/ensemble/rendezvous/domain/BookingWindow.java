package fr.ensemble.rendezvous.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How soon and how far ahead a slot can be booked: not later than {@code minimumNotice} before it starts (so
 * the desk can prepare), not earlier than {@code maximumAdvance} before.
 */
public record BookingWindow(Duration minimumNotice, Duration maximumAdvance) {

    public BookingWindow {
        if (minimumNotice.isNegative() || maximumAdvance.compareTo(minimumNotice) <= 0) {
            throw new AppointmentRefusedException("Le délai maximal de réservation doit dépasser le délai minimal.");
        }
    }

    /** The starts that can be booked at {@code now}. */
    public TimeSpan at(Instant now) {
        return new TimeSpan(now.plus(minimumNotice), now.plus(maximumAdvance));
    }
}
