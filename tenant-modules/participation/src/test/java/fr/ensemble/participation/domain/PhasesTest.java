package fr.ensemble.participation.domain;

import static fr.ensemble.participation.domain.Campaigns.VOTE_ENDS;
import static fr.ensemble.participation.domain.Campaigns.VOTE_STARTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vote is open on its first and last days, not around them; results come once it is over. */
class PhasesTest {

    @Test
    void theVoteIsOpenFromItsFirstToItsLastDayIncluded() {
        Campaign campaign = Campaigns.budget(10_000_00L);
        assertThat(campaign.isVoteOpen(VOTE_STARTS.minusDays(1))).isFalse();
        assertThat(campaign.isVoteOpen(VOTE_STARTS)).isTrue();
        assertThat(campaign.isVoteOpen(VOTE_ENDS)).isTrue();
        assertThat(campaign.isVoteOpen(VOTE_ENDS.plusDays(1))).isFalse();
        assertThat(campaign.currentPhase(LocalDate.of(2026, 3, 15))).contains(Phase.SUBMISSION);
    }

    @Test
    void resultsArePublicOnlyOnceTheVoteIsOver() {
        Campaign campaign = Campaigns.vote(0, false);
        assertThat(campaign.areResultsPublic(VOTE_ENDS)).isFalse();
        assertThat(campaign.areResultsPublic(VOTE_ENDS.plusDays(1))).isTrue();
        assertThat(campaign.status(VOTE_ENDS.plusDays(1))).isEqualTo(CampaignStatus.CLOSED);
        assertThat(campaign.status(LocalDate.of(2026, 2, 1))).isEqualTo(CampaignStatus.UPCOMING);
    }

    @Test
    void anUnpublishedCampaignTakesNoBallot() {
        var draft = new Campaign(new CampaignDraft("brouillon", CampaignKind.VOTE, "Essai", "Essai", BallotRule.SINGLE, null,
                null, 0, false, List.of(new CampaignPhase(Phase.VOTE, VOTE_STARTS, VOTE_ENDS))), "agent", Instant.EPOCH);
        assertThat(draft.isVoteOpen(VOTE_STARTS)).isFalse();
    }

    @Test
    void phasesFollowOneAnotherAndABallotCampaignHasAVote() {
        Campaign campaign = Campaigns.budget(10_000_00L);
        assertThatThrownBy(() -> campaign.schedule(List.of(new CampaignPhase(Phase.SUBMISSION, VOTE_STARTS, VOTE_ENDS),
                new CampaignPhase(Phase.VOTE, VOTE_ENDS, VOTE_ENDS.plusDays(3))))).hasMessageContaining("commence après");
        assertThatThrownBy(() -> campaign.schedule(List.of(new CampaignPhase(Phase.SUBMISSION, VOTE_STARTS, VOTE_ENDS))))
                .hasMessage("Indiquez les dates du vote.");
        assertThatThrownBy(() -> new CampaignPhase(Phase.VOTE, VOTE_ENDS, VOTE_STARTS)).hasMessageContaining("finit avant");
    }
}
