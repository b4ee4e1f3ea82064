package fr.ensemble.participation.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotOptionRepository;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ballot forms: published campaigns with ballots and their options, as a vote reads them, kept a few seconds per
 * tenant and campaign: at the closing-hour peak every ballot would otherwise load the same campaign again. A stale entry
 * is harmless: phases never change once published, options only before the first ballot (a stale list lacks the
 * new option, so a ballot for it is refused, never the reverse), and the write itself checks in the database
 * that the campaign is published and its vote open.
 */
@Component
class BallotForms {

    private static final Duration KEPT = Duration.ofSeconds(10);

    private final CampaignRepository campaigns;
    private final BallotOptionRepository options;
    private final TransactionTemplate reading;
    private final Cache<Key, BallotForm> forms = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(1_000).build();

    BallotForms(CampaignRepository campaigns, BallotOptionRepository options, PlatformTransactionManager transactions) {
        this.campaigns = campaigns;
        this.options = options;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * The current tenant's published campaign with ballots of that slug, or nothing (not kept: a campaign
     * published a moment later is found at once).
     */
    Optional<BallotForm> of(String tenantSlug, String campaignSlug) {
        Key key = new Key(tenantSlug, campaignSlug);
        BallotForm kept = forms.getIfPresent(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<BallotForm> loaded = reading.execute(status -> campaigns.findBySlug(campaignSlug)
                .filter(Campaign::isPublished).filter(campaign -> campaign.getKind().hasBallots())
                .map(campaign -> new BallotForm(campaign, options.findByCampaignIdOrderByPosition(campaign.getId()))));
        loaded.ifPresent(form -> forms.put(key, form));
        return loaded;
    }

    /** A campaign, detached and only read, with its options in order. */
    record BallotForm(Campaign campaign, List<BallotOption> options) {
    }

    private record Key(String tenant, String campaign) {
    }
}
