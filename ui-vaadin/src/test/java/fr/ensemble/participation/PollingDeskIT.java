package fr.ensemble.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.ParticipationFixtures.OpenCampaign;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.PollingDesk;
import fr.ensemble.participation.application.Voting;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.PaperVoter;
import fr.ensemble.participation.domain.Refusal;
import fr.ensemble.participation.domain.Tally;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The polling desk of a citizen vote: a person who voted online is turned away on paper and the other way round,
 * the desk checks residence and age, the box never holds more ballots than people signed in, and the results
 * split online and paper ballots.
 */
@IntegrationTest
class PollingDeskIT {

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    PollingDesk desk;

    @Autowired
    Voting voting;

    @Autowired
    Campaigns campaigns;

    @Test
    void onlineAndPaperExcludeEachOtherAndTheCountSplitsThem() throws Exception {
        OpenCampaign vote = fixtures.pantin(CampaignKind.VOTE, BallotRule.SINGLE, null, null, 0, 0, 0);
        String family = "Papier" + ParticipationFixtures.nameOf(UUID.randomUUID().toString()).substring(6);
        String online = "votant-" + UUID.randomUUID();
        ParticipationFixtures.resident(online, "pantin", LocalDate.of(1970, 3, 3), "Jeanne", family, null);
        Acting.asSubject(online, List.of(), () -> TenantContext.call("pantin",
                () -> voting.cast(vote.slug(), List.of(vote.options().get(0)), UUID.randomUUID().toString())));

        assertThatThrownBy(() -> atDesk(() -> desk.signIn(vote.slug(), new PaperVoter("JEANNE", family.toUpperCase(),
                LocalDate.of(1970, 3, 3), "pantin"))))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.ALREADY_VOTED))
                .hasMessageContaining("a déjà voté");

        atDesk(() -> desk.signIn(vote.slug(), new PaperVoter("Paul", family, LocalDate.of(1960, 6, 6), "pantin")));
        String paulOnline = "votant-" + UUID.randomUUID();
        ParticipationFixtures.resident(paulOnline, "pantin", LocalDate.of(1960, 6, 6), "Paul", family, null);
        assertThatThrownBy(() -> Acting.asSubject(paulOnline, List.of(), () -> TenantContext.call("pantin",
                () -> voting.cast(vote.slug(), List.of(vote.options().get(1)), UUID.randomUUID().toString()))))
                .hasMessageContaining("au bureau de vote");
        assertThatThrownBy(() -> atDesk(() -> desk.signIn(vote.slug(), new PaperVoter("Lina", family,
                LocalDate.of(1990, 1, 1), "montreuil")))).hasMessageContaining("réservé aux habitants de Pantin");

        atDesk(() -> desk.enterBallot(vote.slug(), List.of(vote.options().get(1))));
        assertThatThrownBy(() -> atDesk(() -> desk.enterBallot(vote.slug(), List.of(vote.options().get(1)))))
                .hasMessageContaining("plus de bulletins papier que de votants");

        ParticipationFixtures.close(vote);
        Tally tally = TenantContext.call("pantin", () -> campaigns.results(vote.slug())).orElseThrow();
        assertThat(tally.onlineBallots()).isEqualTo(1);
        assertThat(tally.paperBallots()).isEqualTo(1);
        assertThat(tally.options()).filteredOn(result -> result.option().getId().equals(vote.options().get(1)))
                .singleElement().satisfies(result -> assertThat(result.paper()).isEqualTo(1));
    }

    @Test
    void onlyPantinsAnimateursKeepItsDesk() throws Exception {
        OpenCampaign vote = fixtures.pantin(CampaignKind.VOTE, BallotRule.SINGLE, null, null, 0, 0);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:animateur"),
                () -> TenantContext.run("pantin", () -> desk.enterBallot(vote.slug(), List.of(vote.options().get(0))))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static void atDesk(Runnable work) {
        Acting.as("agent.pantin", ParticipationFixtures.PANTIN_ANIMATEUR, () -> TenantContext.run("pantin", work));
    }
}
