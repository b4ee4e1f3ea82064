package fr.ensemble.participation.domain;

import static fr.ensemble.participation.domain.Campaigns.option;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Winners by the rule: most votes for a citizen vote, by votes within the envelope for a budget. */
class TallyTest {

    @Test
    void budgetWinnersAreTakenByVotesWhileTheyFitWhatRemainsOfTheEnvelope() {
        var projects = List.of(option(1, 30_000_00L), option(2, 25_000_00L), option(3, 20_000_00L), option(4, 5_000_00L));
        Tally tally = Tally.of(Campaigns.budget(55_000_00L), projects,
                Map.of(1L, new long[] {40, 2}, 2L, new long[] {30, 5}, 3L, new long[] {20, 0}, 4L, new long[] {1, 0}), 60, 6);

        assertThat(tally.options()).extracting(result -> result.option().getId()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(tally.options()).filteredOn(Tally.OptionResult::winner).extracting(result -> result.option().getId())
                .as("1 and 2 fill the envelope exactly; 3 no longer fits, nor does 4").containsExactly(1L, 2L);
        assertThat(tally.options().getFirst().votes()).isEqualTo(42);
        assertThat(tally.ballots()).isEqualTo(66);
    }

    @Test
    void aCheaperProjectFurtherDownStillWinsWhenItFits() {
        var projects = List.of(option(1, 40_000_00L), option(2, 30_000_00L), option(3, 10_000_00L));
        Tally tally = Tally.of(Campaigns.budget(50_000_00L), projects,
                Map.of(1L, new long[] {10, 0}, 2L, new long[] {8, 0}, 3L, new long[] {3, 0}), 15, 0);
        assertThat(tally.options()).filteredOn(Tally.OptionResult::winner).extracting(result -> result.option().getId())
                .containsExactly(1L, 3L);
    }

    @Test
    void aCitizenVoteIsWonByTheMostVotedOptionPaperIncluded() {
        var answers = List.of(option(1, null), option(2, null), option(3, null));
        Tally tally = Tally.of(Campaigns.vote(0, false), answers,
                Map.of(1L, new long[] {10, 0}, 2L, new long[] {8, 4}), 18, 4);
        assertThat(tally.options()).filteredOn(Tally.OptionResult::winner).extracting(result -> result.option().getId())
                .containsExactly(2L);
        assertThat(tally.options().getLast().votes()).isZero();
    }
}
