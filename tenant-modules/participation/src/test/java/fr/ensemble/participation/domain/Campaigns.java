package fr.ensemble.participation.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Campaigns and options for the rule tests, as an animateur would set them up. */
final class Campaigns {

    static final LocalDate VOTE_STARTS = LocalDate.of(2026, 5, 1);
    static final LocalDate VOTE_ENDS = LocalDate.of(2026, 5, 31);

    private Campaigns() {
    }

    static Campaign budget(long envelopeCents) {
        return campaign(CampaignKind.BUDGET, BallotRule.BUDGET, null, envelopeCents, 0, false);
    }

    static Campaign approval(int maxChoices) {
        return campaign(CampaignKind.BUDGET, BallotRule.APPROVAL, maxChoices, 50_000_00L, 0, false);
    }

    static Campaign vote(int minimumAge, boolean confirmedOnly) {
        return campaign(CampaignKind.VOTE, BallotRule.SINGLE, null, null, minimumAge, confirmedOnly);
    }

    static Campaign campaign(CampaignKind kind, BallotRule rule, Integer maxChoices, Long envelope, int minimumAge,
            boolean confirmedOnly) {
        var campaign = new Campaign(new CampaignDraft("essai", kind, "Essai", "Une campagne d'essai.", rule, maxChoices,
                envelope, minimumAge, confirmedOnly, List.of(
                        new CampaignPhase(Phase.SUBMISSION, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                        new CampaignPhase(Phase.VOTE, VOTE_STARTS, VOTE_ENDS))), "agent.pantin", Instant.EPOCH);
        campaign.publish();
        return campaign;
    }

    /** An option as the database returns it, with its id. */
    static BallotOption option(long id, Long costCents) {
        var option = new BallotOption(1, (int) id, "Projet " + id, null, costCents);
        try {
            Field field = BallotOption.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(option, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return option;
    }
}
