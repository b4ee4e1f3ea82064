package fr.ensemble.demarches.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.demarches.domain.allocation.PlaceAllocation.Candidate;
import fr.ensemble.demarches.domain.allocation.PlaceAllocation.Criterion;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceAllocationTest {

    private static final Instant NINE = Instant.parse("2026-03-02T08:00:00Z");

    private final PlaceAllocation stays = new PlaceAllocation("sejour", Map.of("Automne", 3),
            List.of(new Criterion("premier_sejour", List.of("oui", "non")), new Criterion("tranche_qf", List.of("A", "B", "C"))),
            "RETENUE", "LISTE_ATTENTE");

    @Test
    void firstTimersComeFirstThenTheLowerBracketThenTheEarlierRequest() {
        var veteranA = candidate("1", "non", "A", 0, "RECUE");
        var firstC = candidate("2", "oui", "C", 1, "RECUE");
        var firstA = candidate("3", "oui", "A", 2, "RECUE");
        var firstAEarlier = candidate("4", "oui", "A", -1, "RECUE");
        var noBracket = candidate("5", "oui", null, 3, "RECUE");

        assertThat(List.of(veteranA, firstC, firstA, firstAEarlier, noBracket).stream().sorted(stays.ranking()))
                .containsExactly(firstAEarlier, firstA, firstC, noBracket, veteranA);
    }

    @Test
    void theFreePlacesGoToTheBestAndTheNewOthersWait() {
        var alreadyIn = candidate("1", "non", "C", 0, "RETENUE");
        var waiting = candidate("2", "oui", "A", 1, "LISTE_ATTENTE");
        var best = candidate("3", "oui", "A", 0, "RECUE");
        var third = candidate("4", "non", "B", 2, "RECUE");
        var refused = candidate("5", "oui", "A", 0, "REFUSEE");

        var decision = stays.decide("Automne", List.of(alreadyIn, waiting, best, third, refused), "RECUE");

        assertThat(decision.capacity()).isEqualTo(3);
        assertThat(decision.taken()).isEqualTo(1);
        assertThat(decision.ranked()).as("undecided and waiting, best first").containsExactly(best, waiting, third);
        assertThat(decision.given()).containsExactly(best, waiting);
        assertThat(decision.toWait()).containsExactly(third);
    }

    @Test
    void aFullOptionGivesNothingAndAnUnknownOneHasNoPlace() {
        var full = List.of(candidate("1", "oui", "A", 0, "RETENUE"), candidate("2", "oui", "A", 0, "RETENUE"),
                candidate("3", "oui", "A", 0, "RETENUE"), candidate("4", "oui", "A", 0, "RECUE"));

        assertThat(stays.decide("Automne", full, "RECUE").given()).isEmpty();
        assertThat(stays.decide("Automne", full, "RECUE").toWait()).extracting(Candidate::trackingNumber).containsExactly("PANTIN-2026-000004");
        assertThat(stays.decide("Hiver", List.of(candidate("5", "oui", "A", 0, "RECUE")), "RECUE").given()).isEmpty();
    }

    private static Candidate candidate(String number, String firstTime, String bracket, int minutes, String status) {
        var answers = new HashMap<String, Object>();
        answers.put("sejour", "Automne");
        answers.put("premier_sejour", firstTime);
        if (bracket != null) {
            answers.put("tranche_qf", bracket);
        }
        return new Candidate("PANTIN-2026-00000" + number, answers, NINE.plusSeconds(60L * minutes), status);
    }
}
