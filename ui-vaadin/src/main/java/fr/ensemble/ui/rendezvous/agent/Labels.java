package fr.ensemble.ui.rendezvous.agent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and times of the agents' pages as French readers expect them, in Paris time. */
final class Labels {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H'h'mm", Locale.FRENCH);

    private Labels() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(PARIS));
    }

    static String when(Instant instant) {
        return day(instant.atZone(PARIS).toLocalDate()) + " à " + time(instant);
    }
}
