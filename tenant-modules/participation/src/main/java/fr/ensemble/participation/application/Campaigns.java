package fr.ensemble.participation.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.domain.Ballot;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotOptionRepository;
import fr.ensemble.participation.domain.BallotRepository;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.CampaignStatus;
import fr.ensemble.participation.domain.Channel;
import fr.ensemble.participation.domain.DescribedImage;
import fr.ensemble.participation.domain.ParticipationRepository;
import fr.ensemble.participation.domain.Tally;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What everyone may read of the current tenant's campaigns: the published ones, their options, whether a receipt
 * code is counted, and the results once the vote is over.
 */
@Service
public class Campaigns {

    private final CampaignRepository campaigns;
    private final BallotOptionRepository options;
    private final BallotRepository ballots;
    private final ParticipationRepository register;
    private final TenantRegistry registry;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, BallotOptionRepository options, BallotRepository ballots,
            ParticipationRepository register, TenantRegistry registry, Clock clock) {
        this.register = register;
        this.registry = registry;
        this.campaigns = campaigns;
        this.options = options;
        this.ballots = ballots;
        this.clock = clock;
    }

    /** @param kind {@code null} for every kind; @param status {@code null} for every status */
    @Transactional(readOnly = true)
    public List<Campaign> published(CampaignKind kind, CampaignStatus status) {
        LocalDate today = today();
        return campaigns.findByPublishedTrueOrderByCreatedAtDesc().stream()
                .filter(campaign -> kind == null || campaign.getKind() == kind)
                .filter(campaign -> status == null || campaign.status(today) == status)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> find(String slug) {
        return campaigns.findBySlug(slug).filter(Campaign::isPublished);
    }

    @Transactional(readOnly = true)
    public List<BallotOption> options(Campaign campaign) {
        return options.findByCampaignIdOrderByPosition(campaign.getId());
    }

    /** The image of an option of a published campaign, or empty (a draft's images are not shown yet). */
    @Transactional(readOnly = true)
    public Optional<DescribedImage> optionImage(long optionId) {
        return options.findById(optionId)
                .filter(option -> campaigns.findById(option.getCampaignId()).filter(Campaign::isPublished).isPresent())
                .flatMap(option -> option.getImageAlt().map(alt -> new DescribedImage(options.imageType(optionId),
                        options.imageData(optionId), alt)));
    }

    /** Whether a ballot with that receipt code is in the campaign's count; says nothing of who cast it or how. */
    @Transactional(readOnly = true)
    public boolean isCounted(String slug, String receiptCode) {
        Campaign campaign = find(slug).orElseThrow(() -> new UnknownCampaignException(slug));
        return receiptCode != null && !receiptCode.isBlank()
                && ballots.existsByCampaignIdAndReceiptHash(campaign.getId(), ReceiptCodes.hash(receiptCode));
    }

    /** The results, counted from the ballots alone; empty until the vote is over. */
    @Transactional(readOnly = true)
    public Optional<Tally> results(String slug) {
        Campaign campaign = find(slug).orElseThrow(() -> new UnknownCampaignException(slug));
        if (!campaign.getKind().hasBallots() || !campaign.areResultsPublic(today())) {
            return Optional.empty();
        }
        return Optional.of(count(campaign));
    }

    /**
     * For a territory campaign whose vote is over: how many took part from each commune, from the register (never
     * from the ballots); empty for a commune's campaign or before the end.
     */
    @Transactional(readOnly = true)
    public List<CommuneParticipation> participationPerCommune(String slug) {
        Campaign campaign = find(slug).orElseThrow(() -> new UnknownCampaignException(slug));
        Tenant owner = registry.require(TenantContext.current().orElseThrow());
        if (owner.isCommune() || !campaign.getKind().hasBallots() || !campaign.areResultsPublic(today())) {
            return List.of();
        }
        return register.countPerCommune(campaign.getId()).stream().map(row -> new CommuneParticipation(
                row[0] == null ? "Commune non renseignée" : registry.find((String) row[0]).map(Tenant::name).orElse((String) row[0]),
                ((Number) row[1]).longValue())).toList();
    }

    /** How many took part from one commune. */
    public record CommuneParticipation(String commune, long participants) {
    }

    /** Open data: the anonymous ballots of a vote that is over (random id, day, channel, choices); empty before. */
    @Transactional(readOnly = true)
    public Optional<List<Ballot>> ballots(String slug) {
        Campaign campaign = find(slug).orElseThrow(() -> new UnknownCampaignException(slug));
        if (!campaign.getKind().hasBallots() || !campaign.areResultsPublic(today())) {
            return Optional.empty();
        }
        return Optional.of(ballots.findByCampaignIdOrderById(campaign.getId()));
    }

    Tally count(Campaign campaign) {
        Map<Long, long[]> votes = new HashMap<>();
        for (Object[] row : ballots.tally(campaign.getId())) {
            long[] perChannel = votes.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[2]);
            perChannel[Channel.valueOf((String) row[1]) == Channel.ONLINE ? 0 : 1] += ((Number) row[2]).longValue();
        }
        long online = 0;
        long paper = 0;
        for (Object[] row : ballots.ballotsPerChannel(campaign.getId())) {
            if (Channel.valueOf((String) row[0]) == Channel.ONLINE) {
                online = ((Number) row[1]).longValue();
            } else {
                paper = ((Number) row[1]).longValue();
            }
        }
        return Tally.of(campaign, options.findByCampaignIdOrderByPosition(campaign.getId()), votes, online, paper);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Voting.PARIS));
    }
}
