package fr.ensemble.rendezvous.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A desk's opening on one day of every week, in the commune's local time (e.g. Monday 9:00–12:00). */
public record WeeklyOpening(DayOfWeek day, LocalTime from, LocalTime to) {

    public WeeklyOpening {
        if (!from.isBefore(to)) {
            throw new AppointmentRefusedException("L'heure de fin (" + to + ") doit suivre l'heure de début (" + from + ").");
        }
    }
}
