package fr.ensemble.participation.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.identity.resident.ResidenceLocator;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.Eligibility;
import fr.ensemble.participation.domain.MapComment;
import fr.ensemble.participation.domain.MapCommentDraft;
import fr.ensemble.participation.domain.MapCommentRepository;
import fr.ensemble.participation.domain.VoteRefusedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Concertation maps for residents: while the concertation is open, an eligible resident drops a comment on the map
 * (a point inside the commune, or inside the territory for the territory's, a category, a text), published at once;
 * everyone reads the comments not hidden by moderation, and each author also sees theirs with the reason when hidden.
 */
@Service
public class ConcertationMaps {

    private final CampaignRepository campaigns;
    private final MapCommentRepository comments;
    private final ResidentFacts residents;
    private final ResidenceLocator locator;
    private final TenantRegistry registry;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ConcertationMaps(CampaignRepository campaigns, MapCommentRepository comments, ResidentFacts residents,
            ResidenceLocator locator, TenantRegistry registry, Clock clock, PlatformTransactionManager transactions) {
        this.campaigns = campaigns;
        this.comments = comments;
        this.residents = residents;
        this.locator = locator;
        this.registry = registry;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The place is checked first, outside the tenant's transaction: the shared GIS is read by the platform's own role.
     *
     * @throws CampaignRefusedException or {@link VoteRefusedException} (not eligible) with the French reason,
     *         nothing written
     */
    public MapComment comment(String campaignSlug, MapCommentDraft draft) {
        String subject = CommuneAccess.subjectOf(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new CampaignRefusedException("Connectez-vous pour commenter la carte."));
        Tenant owner = registry.require(TenantContext.current().orElseThrow());
        checkPlace(owner, draft.longitude(), draft.latitude());
        return transaction.execute(status -> save(owner, campaignSlug, subject, draft));
    }

    private MapComment save(Tenant owner, String campaignSlug, String subject, MapCommentDraft draft) {
        Campaign concertation = concertation(campaignSlug);
        LocalDate today = LocalDate.now(clock.withZone(Voting.PARIS));
        if (!concertation.isVoteOpen(today)) {
            throw new CampaignRefusedException("La concertation n'est pas ouverte aux commentaires en ce moment.");
        }
        ResidentFacts.Voter resident = residents.of(subject).orElseThrow(() -> new CampaignRefusedException(
                "Ouvrez d'abord « Mon compte » et indiquez votre commune de résidence."));
        Eligibility.check(concertation, owner.slug(), owner.kind() == TenantKind.TERRITORY, resident.facts(), today,
                slug -> registry.find(slug).map(Tenant::name).orElse(slug));
        return comments.save(new MapComment(concertation, draft, subject, resident.displayName(), clock.instant()));
    }

    private void checkPlace(Tenant owner, double longitude, double latitude) {
        Optional<Tenant> commune = locator.communeAt(longitude, latitude);
        if (commune.isEmpty()) {
            throw new CampaignRefusedException("Ce point n'est dans aucune commune d'Est Ensemble : "
                    + "placez votre commentaire sur la carte du projet.");
        }
        if (owner.isCommune() && !commune.get().slug().equals(owner.slug())) {
            throw new CampaignRefusedException("Ce point est à " + commune.get().name() + ", hors de " + owner.name()
                    + " : placez votre commentaire dans la commune.");
        }
    }

    /** The comments everyone sees: all but those hidden by moderation, in the order they came. */
    @Transactional(readOnly = true)
    public List<MapComment> published(String campaignSlug) {
        return comments.findByCampaignIdAndHiddenReasonIsNullOrderByCreatedAt(concertation(campaignSlug).getId());
    }

    /** The signed-in resident's own comments there, hidden ones included with their reason. */
    @Transactional(readOnly = true)
    public List<MapComment> mine(String campaignSlug) {
        return CommuneAccess.subjectOf(SecurityContextHolder.getContext().getAuthentication())
                .map(subject -> comments.findByCampaignIdAndAuthorSubjectOrderByCreatedAt(
                        concertation(campaignSlug).getId(), subject))
                .orElse(List.of());
    }

    private Campaign concertation(String slug) {
        return campaigns.findBySlug(slug).filter(Campaign::isPublished)
                .filter(campaign -> campaign.getKind() == CampaignKind.CONCERTATION)
                .orElseThrow(() -> new UnknownCampaignException(slug));
    }
}
