package fr.ensemble.participation.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.domain.BallotOptionRepository;
import fr.ensemble.participation.domain.BallotRepository;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.Channel;
import fr.ensemble.participation.domain.Eligibility;
import fr.ensemble.participation.domain.PaperVoter;
import fr.ensemble.participation.domain.ParticipationRepository;
import fr.ensemble.participation.domain.Refusal;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.participation.domain.VoterFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The polling desk of a citizen vote, in two separate acts as at a real desk. When a person comes to vote, the
 * agent checks them against the participation register (a person who voted online, or already on paper, is turned
 * away) and signs them in; the person then drops their paper ballot in the box. At the count, agents enter the
 * ballots taken out of the box, which carry nothing of their voters; there can never be more of them than people
 * signed in on paper.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
public class PollingDesk {

    private final CampaignRepository campaigns;
    private final BallotOptionRepository options;
    private final ParticipationRepository register;
    private final BallotRepository ballots;
    private final TenantRegistry registry;
    private final Clock clock;

    PollingDesk(CampaignRepository campaigns, BallotOptionRepository options, ParticipationRepository register,
            BallotRepository ballots, TenantRegistry registry, Clock clock) {
        this.campaigns = campaigns;
        this.options = options;
        this.register = register;
        this.ballots = ballots;
        this.registry = registry;
        this.clock = clock;
    }

    /** Signs the person in the register, or says in French why they may not vote. */
    @Transactional
    public void signIn(String campaignSlug, PaperVoter person) {
        Campaign campaign = openCampaign(campaignSlug);
        String identity = ResidentFacts.identityHash(person.givenName(), person.familyName(), person.birthDate());
        if (identity == null) {
            throw new VoteRefusedException(Refusal.NOT_ELIGIBLE, "Saisissez le prénom, le nom et la date de naissance "
                    + "de la pièce d'identité.");
        }
        if (register.existsByCampaignIdAndIdentityHash(campaign.getId(), identity)) {
            throw new VoteRefusedException(Refusal.ALREADY_VOTED, person.givenName() + " " + person.familyName()
                    + " a déjà voté à cette consultation (en ligne ou au bureau de vote) : un seul vote par personne.");
        }
        Tenant owner = registry.require(TenantContext.current().orElseThrow());
        LocalDate today = today();
        Eligibility.check(campaign, owner.slug(), owner.kind() == TenantKind.TERRITORY,
                new VoterFacts(person.residenceCommune(), true, person.birthDate()), today,
                slug -> registry.find(slug).map(Tenant::name).orElse(slug));
        register.register(campaign.getId(), "papier:" + identity, identity, Channel.PAPER.name(), today, null,
                person.residenceCommune());
    }

    /** One ballot taken out of the box at the count. */
    @Transactional
    public void enterBallot(String campaignSlug, List<Long> choices) {
        Campaign campaign = campaigns.findBySlug(campaignSlug).filter(Campaign::isPublished)
                .orElseThrow(() -> new UnknownCampaignException(campaignSlug));
        campaign.checkBallot(choices, options.findByCampaignIdOrderByPosition(campaign.getId()));
        // Serialises the count of one campaign, so that two agents entering ballots never pass the bound together.
        campaigns.lockForUpdate(campaign.getId());
        if (ballots.countByCampaignIdAndChannel(campaign.getId(), Channel.PAPER)
                >= register.countByCampaignIdAndChannel(campaign.getId(), Channel.PAPER)) {
            throw new VoteRefusedException(Refusal.TOO_MANY, "Il y aurait plus de bulletins papier que de votants signés "
                    + "au bureau de vote : vérifiez le décompte.");
        }
        ballots.cast(UUID.randomUUID(), campaign.getId(), Channel.PAPER.name(), today(), null,
                choices.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
    }

    private Campaign openCampaign(String slug) {
        Campaign campaign = campaigns.findBySlug(slug).filter(Campaign::isPublished).filter(found -> found.getKind().hasBallots())
                .orElseThrow(() -> new UnknownCampaignException(slug));
        if (!campaign.isVoteOpen(today())) {
            throw new VoteRefusedException(Refusal.CLOSED, "Le vote n'est pas ouvert aujourd'hui.");
        }
        return campaign;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Voting.PARIS));
    }
}
