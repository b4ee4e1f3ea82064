package fr.ensemble.rendezvous.domain;

import java.time.Duration;

/**
 * How long an appointment of a type lasts: {@code firstPerson} minutes, and {@code extraPerson} more for each
 * further person of the same household (a family's passports are taken in one visit), up to {@code maxPeople}.
 */
public record PartyDurations(int firstPerson, int extraPerson, int maxPeople) {

    public static final int MOST_PEOPLE = 5;

    public PartyDurations {
        if (firstPerson < 5 || firstPerson > 240 || extraPerson < 0 || extraPerson > 120) {
            throw new AppointmentRefusedException("Une durée de rendez-vous compte de 5 à 240 minutes pour la première "
                    + "personne et de 0 à 120 minutes par personne en plus.");
        }
        if (maxPeople < 1 || maxPeople > MOST_PEOPLE) {
            throw new AppointmentRefusedException("Un rendez-vous est pris pour 1 à " + MOST_PEOPLE + " personnes.");
        }
    }

    public Duration forPeople(int people) {
        if (people < 1 || people > maxPeople) {
            throw new AppointmentRefusedException(maxPeople == 1 ? "Ce rendez-vous est individuel : une seule personne."
                    : "Ce rendez-vous est pris pour 1 à " + maxPeople + " personnes.");
        }
        return Duration.ofMinutes(firstPerson + (long) extraPerson * (people - 1));
    }

    /** Slots start on this grid, so that appointments of every party size pack without gaps. */
    public Duration step() {
        return Duration.ofMinutes(extraPerson == 0 ? firstPerson : gcd(firstPerson, extraPerson));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
