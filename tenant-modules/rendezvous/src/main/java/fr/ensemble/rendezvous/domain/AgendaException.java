package fr.ensemble.rendezvous.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * A closure (public holiday, training day) or an extra opening of a desk, in the commune's local time. Two
 * exceptions of the same desk never overlap: which one wins would be a guess.
 */
public record AgendaException(LocalDateTime start, LocalDateTime end, ExceptionKind kind, String label) {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H'h'mm", Locale.FRENCH);

    public AgendaException {
        if (!start.isBefore(end)) {
            throw new AppointmentRefusedException("La fin de l'exception (" + FRENCH.format(end)
                    + ") doit suivre son début (" + FRENCH.format(start) + ").");
        }
    }

    public TimeSpan in(ZoneId zone) {
        return new TimeSpan(start.atZone(zone).toInstant(), end.atZone(zone).toInstant());
    }

    /** Refuses an exception that overlaps one the desk already has, naming it. */
    public void checkFitsWith(Collection<AgendaException> existing) {
        for (AgendaException other : existing) {
            if (start.isBefore(other.end) && other.start.isBefore(end)) {
                throw new AppointmentRefusedException("Cette période chevauche une exception déjà saisie : "
                        + other.kind.label().toLowerCase(Locale.FRENCH) + " « " + other.label + " » du "
                        + FRENCH.format(other.start) + " au " + FRENCH.format(other.end) + ".");
            }
        }
    }
}
