package fr.ensemble.participation.domain;

import java.util.List;

/**
 * What an animateur fills in to create a campaign.
 *
 * @param maxChoices for an approval ballot: how many options a voter may choose at most
 * @param envelopeCents for a participatory budget: the money to share, in cents
 */
public record CampaignDraft(String slug, CampaignKind kind, String title, String description, BallotRule ballotRule,
        Integer maxChoices, Long envelopeCents, int minimumAge, boolean confirmedResidenceOnly, List<CampaignPhase> phases) {
}
