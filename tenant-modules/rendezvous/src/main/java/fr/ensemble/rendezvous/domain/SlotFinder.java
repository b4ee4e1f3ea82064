package fr.ensemble.rendezvous.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;

/**
 * The free slots of a desk: starts every {@code step} from the beginning of each open span, long enough to end
 * inside it, inside the booking window, and clear of what is already booked or blocked.
 */
public final class SlotFinder {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' H'h'mm", Locale.FRENCH);

    private SlotFinder() {
    }

    /**
     * @param open the desk's open spans, sorted ({@link DeskCalendar#openBetween})
     * @param busy its appointments and blocked spans, in any order
     * @param bookableStarts where a slot may start (the booking window at the time of the search)
     */
    public static List<Slot> free(long deskId, List<TimeSpan> open, List<TimeSpan> busy, Duration length, Duration step,
            TimeSpan bookableStarts) {
        if (!length.isPositive() || !step.isPositive()) {
            throw new IllegalArgumentException("A slot and its step last some time: " + length + ", " + step);
        }
        List<TimeSpan> taken = Spans.merge(busy);
        List<Slot> slots = new ArrayList<>();
        int next = 0;
        for (TimeSpan span : open) {
            for (Instant start = span.start(); !start.plus(length).isAfter(span.end()); start = start.plus(step)) {
                if (start.isBefore(bookableStarts.start())) {
                    continue;
                }
                if (start.isAfter(bookableStarts.end())) {
                    return slots;
                }
                TimeSpan candidate = TimeSpan.of(start, length);
                while (next < taken.size() && !taken.get(next).end().isAfter(candidate.start())) {
                    next++;
                }
                if (next == taken.size() || !taken.get(next).overlaps(candidate)) {
                    slots.add(new Slot(deskId, candidate));
                }
            }
        }
        return slots;
    }

    /**
     * Refuses, with the reason in French, a start that {@link #free} would not offer: in the past, inside the
     * minimum notice or beyond the maximum advance, outside the desk's hours or off its grid, or already taken.
     */
    public static Slot check(long deskId, Instant start, List<TimeSpan> open, List<TimeSpan> busy, Duration length,
            Duration step, BookingWindow window, Instant now, ZoneId zone) {
        TimeSpan wanted = TimeSpan.of(start, length);
        if (!start.isAfter(now)) {
            throw new AppointmentRefusedException("Ce créneau (" + FRENCH.format(start.atZone(zone)) + ") est passé : "
                    + "choisissez-en un autre.");
        }
        TimeSpan bookable = window.at(now);
        if (start.isBefore(bookable.start())) {
            throw new AppointmentRefusedException("Ce créneau est trop proche : un rendez-vous se prend au moins "
                    + hours(window.minimumNotice()) + " à l'avance.");
        }
        if (start.isAfter(bookable.end())) {
            throw new AppointmentRefusedException("Ce créneau est trop lointain : un rendez-vous se prend au plus "
                    + window.maximumAdvance().toDays() + " jours à l'avance.");
        }
        TimeSpan span = open.stream().filter(candidate -> candidate.contains(wanted)).findFirst()
                .orElseThrow(() -> new AppointmentRefusedException("Le guichet n'est pas ouvert "
                        + FRENCH.format(start.atZone(zone)) + " pour un rendez-vous de " + length.toMinutes() + " minutes."));
        if (Duration.between(span.start(), start).toSeconds() % step.toSeconds() != 0) {
            throw new AppointmentRefusedException("Les rendez-vous de ce guichet commencent toutes les "
                    + step.toMinutes() + " minutes : choisissez un créneau proposé.");
        }
        if (busy.stream().anyMatch(wanted::overlaps)) {
            throw SlotTakenException.at(FRENCH.format(start.atZone(zone)));
        }
        return new Slot(deskId, wanted);
    }

    private static String hours(Duration notice) {
        long hours = notice.toHours();
        return notice.toMinutes() % 60 != 0 ? notice.toMinutes() + " minutes" : hours + (hours > 1 ? " heures" : " heure");
    }
}
