package fr.ensemble.participation.domain;

import static fr.ensemble.participation.domain.Campaigns.option;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a ballot may choose, by the campaign's rule; a refusal names its reason in French. */
class BallotRulesTest {

    private static final List<BallotOption> PROJECTS = List.of(option(1, 20_000_00L), option(2, 30_000_00L),
            option(3, 10_000_01L), option(4, 5_000_00L));

    @Test
    void aBudgetBallotMayCostExactlyTheEnvelope() {
        assertThatCode(() -> Campaigns.budget(50_000_00L).checkBallot(List.of(1L, 2L), PROJECTS)).doesNotThrowAnyException();
    }

    @Test
    void aBudgetBallotOneCentOverTheEnvelopeIsRefused() {
        assertThatThrownBy(() -> Campaigns.budget(30_000_00L).checkBallot(List.of(1L, 3L), PROJECTS))
                .isInstanceOfSatisfying(VoteRefusedException.class, refused -> refusedFor(refused, Refusal.OVER_BUDGET))
                .hasMessageContaining("30 000,01 €").hasMessageContaining("30 000 €");
    }

    @Test
    void anApprovalBallotTakesAtMostNOptions() {
        Campaign upToTwo = Campaigns.approval(2);
        assertThatCode(() -> upToTwo.checkBallot(List.of(1L, 4L), PROJECTS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> upToTwo.checkBallot(List.of(1L, 2L, 4L), PROJECTS))
                .isInstanceOfSatisfying(VoteRefusedException.class, refused -> refusedFor(refused, Refusal.TOO_MANY))
                .hasMessageContaining("au plus 2 projets");
    }

    @Test
    void aCitizenVoteTakesOneOption() {
        Campaign vote = Campaigns.vote(0, false);
        assertThatCode(() -> vote.checkBallot(List.of(2L), PROJECTS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> vote.checkBallot(List.of(1L, 2L), PROJECTS))
                .isInstanceOfSatisfying(VoteRefusedException.class, refused -> refusedFor(refused, Refusal.TOO_MANY));
    }

    @Test
    void unknownRepeatedOrMissingChoicesAreRefused() {
        Campaign budget = Campaigns.budget(50_000_00L);
        assertThatThrownBy(() -> budget.checkBallot(List.of(1L, 99L), PROJECTS))
                .isInstanceOfSatisfying(VoteRefusedException.class, refused -> refusedFor(refused, Refusal.UNKNOWN_OPTION));
        assertThatThrownBy(() -> budget.checkBallot(List.of(4L, 4L), PROJECTS))
                .isInstanceOfSatisfying(VoteRefusedException.class, refused -> refusedFor(refused, Refusal.UNKNOWN_OPTION));
        assertThatThrownBy(() -> budget.checkBallot(List.of(), PROJECTS))
                .isInstanceOfSatisfying(VoteRefusedException.class, refused -> refusedFor(refused, Refusal.NO_CHOICE));
    }

    private static void refusedFor(VoteRefusedException refused, Refusal reason) {
        org.assertj.core.api.Assertions.assertThat(refused.refusal()).isEqualTo(reason);
    }
}
