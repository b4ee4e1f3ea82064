package fr.ensemble.participation.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;

/**
 * Who may take part in a campaign: residents of the commune that owns it (of any commune for the territory's),
 * old enough on the day from their declared birth date, and, when the campaign asks, whose commune of residence
 * was confirmed.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * @param ownerSlug the tenant owning the campaign
     * @param territory whether that tenant is the territory (open to every commune's residents)
     * @param communeName the name of a commune from its slug, for messages
     */
    public static void check(Campaign campaign, String ownerSlug, boolean territory, VoterFacts voter, LocalDate today,
            Function<String, String> communeName) {
        if (voter == null || voter.residenceCommune() == null) {
            throw refused("Indiquez votre commune de résidence dans « Mon compte » : ce vote est réservé aux habitants de "
                    + (territory ? "l'une des communes d'Est Ensemble." : communeName.apply(ownerSlug) + "."));
        }
        if (!territory && !voter.residenceCommune().equals(ownerSlug)) {
            throw refused("Ce vote est réservé aux habitants de " + communeName.apply(ownerSlug)
                    + ". Votre commune de résidence est " + communeName.apply(voter.residenceCommune()) + ".");
        }
        if (campaign.isConfirmedResidenceOnly() && !voter.residenceConfirmed()) {
            throw refused("Ce vote est réservé aux habitants dont la commune de résidence est confirmée : "
                    + "confirmez-la dans « Mon compte ».");
        }
        if (campaign.getMinimumAge() > 0) {
            if (voter.birthDate() == null) {
                throw refused("Ce vote est ouvert à partir de " + campaign.getMinimumAge()
                        + " ans : votre date de naissance n'est pas connue de votre compte.");
            }
            if (Period.between(voter.birthDate(), today).getYears() < campaign.getMinimumAge()) {
                throw refused("Ce vote est ouvert à partir de " + campaign.getMinimumAge() + " ans.");
            }
        }
    }

    private static VoteRefusedException refused(String message) {
        return new VoteRefusedException(Refusal.NOT_ELIGIBLE, message);
    }
}
