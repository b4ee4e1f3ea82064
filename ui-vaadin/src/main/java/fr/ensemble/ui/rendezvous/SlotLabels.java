package fr.ensemble.ui.rendezvous;

import fr.ensemble.rendezvous.application.OfferedSlot;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Slots and times as French readers expect them. */
final class SlotLabels {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H'h'mm", Locale.FRENCH);

    private SlotLabels() {
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(PARIS));
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(PARIS));
    }

    static String of(OfferedSlot slot) {
        return when(slot.start()) + " — " + slot.placeName();
    }
}
