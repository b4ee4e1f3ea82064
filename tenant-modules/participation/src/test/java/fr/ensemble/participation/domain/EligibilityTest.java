package fr.ensemble.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Residents of the owner (any commune for the territory), old enough on the day, confirmed when asked. */
class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final Map<String, String> NAMES = Map.of("pantin", "Pantin", "montreuil", "Montreuil");

    @Test
    void aResidentOfTheCommuneMayVote() {
        assertThatCode(() -> check(Campaigns.vote(0, false), "pantin", false, adult("pantin", false))).doesNotThrowAnyException();
    }

    @Test
    void aResidentOfAnotherCommuneIsToldWhy() {
        assertThatThrownBy(() -> check(Campaigns.vote(0, false), "pantin", false, adult("montreuil", true)))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_ELIGIBLE))
                .hasMessage("Ce vote est réservé aux habitants de Pantin. Votre commune de résidence est Montreuil.");
    }

    @Test
    void aTerritoryCampaignIsOpenToEveryCommuneButNotToOutsiders() {
        assertThatCode(() -> check(Campaigns.vote(0, false), "est-ensemble", true, adult("montreuil", false)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(Campaigns.vote(0, false), "est-ensemble", true, adult(null, false)))
                .hasMessageContaining("l'une des communes d'Est Ensemble");
    }

    @Test
    void theMinimumAgeCountsFromTheDeclaredBirthDate() {
        Campaign sixteenAndOver = Campaigns.vote(16, false);
        assertThatCode(() -> check(sixteenAndOver, "pantin", false, new VoterFacts("pantin", false, TODAY.minusYears(16))))
                .as("sixteen today").doesNotThrowAnyException();
        assertThatThrownBy(() -> check(sixteenAndOver, "pantin", false,
                new VoterFacts("pantin", false, TODAY.minusYears(16).plusDays(1))))
                .as("sixteen tomorrow").hasMessage("Ce vote est ouvert à partir de 16 ans.");
        assertThatThrownBy(() -> check(sixteenAndOver, "pantin", false, new VoterFacts("pantin", false, null)))
                .hasMessageContaining("date de naissance n'est pas connue");
    }

    @Test
    void aCampaignMayAskForAConfirmedResidence() {
        Campaign confirmedOnly = Campaigns.vote(0, true);
        assertThatThrownBy(() -> check(confirmedOnly, "pantin", false, adult("pantin", false)))
                .hasMessageContaining("confirmez-la dans « Mon compte »");
        assertThatCode(() -> check(confirmedOnly, "pantin", false, adult("pantin", true))).doesNotThrowAnyException();
    }

    private static VoterFacts adult(String commune, boolean confirmed) {
        return new VoterFacts(commune, confirmed, LocalDate.of(1985, 4, 12));
    }

    private static void check(Campaign campaign, String owner, boolean territory, VoterFacts voter) {
        Eligibility.check(campaign, owner, territory, voter, TODAY, NAMES::get);
    }
}
