package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import fr.ensemble.rendezvous.domain.BookingWindow;
import fr.ensemble.rendezvous.domain.PartyDurations;
import java.time.Duration;

/** An appointment type as an admin types it: durations on a 5-minute grid, so that slots stay on round times. */
public record TypeForm(String label, AppointmentTypeKind kind, int firstPersonMinutes, int extraPersonMinutes,
        int maxPeople, int minimumNoticeMinutes, int maximumAdvanceDays, String documents, boolean antsPublished,
        boolean active) {

    private static final int MOST_DAYS_AHEAD = 366;

    public TypeForm {
        label = Texts.required(label, 200, "Indiquez le libellé du type de rendez-vous (200 caractères au plus).");
        if (kind == null) {
            throw new AppointmentRefusedException("Choisissez la nature du type de rendez-vous.");
        }
        if (firstPersonMinutes < 5 || firstPersonMinutes > 240 || firstPersonMinutes % 5 != 0
                || extraPersonMinutes < 0 || extraPersonMinutes > 120 || extraPersonMinutes % 5 != 0) {
            throw new AppointmentRefusedException("La durée pour la première personne va de 5 à 240 minutes et celle pour "
                    + "chaque personne en plus de 0 à 120 minutes, toujours par multiples de 5.");
        }
        if (maxPeople < 1 || maxPeople > PartyDurations.MOST_PEOPLE) {
            throw new AppointmentRefusedException("Un rendez-vous est pris pour 1 à " + PartyDurations.MOST_PEOPLE + " personnes.");
        }
        if (minimumNoticeMinutes < 0 || maximumAdvanceDays < 1 || maximumAdvanceDays > MOST_DAYS_AHEAD) {
            throw new AppointmentRefusedException("Le délai minimal se compte en minutes (0 ou plus) et le délai maximal "
                    + "de 1 à " + MOST_DAYS_AHEAD + " jours.");
        }
        documents = Texts.optional(documents);
    }

    PartyDurations durations() {
        return new PartyDurations(firstPersonMinutes, extraPersonMinutes, maxPeople);
    }

    BookingWindow window() {
        return new BookingWindow(Duration.ofMinutes(minimumNoticeMinutes), Duration.ofDays(maximumAdvanceDays));
    }
}
