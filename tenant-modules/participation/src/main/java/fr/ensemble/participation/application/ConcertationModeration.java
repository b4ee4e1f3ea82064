package fr.ensemble.participation.application;

import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.MapComment;
import fr.ensemble.participation.domain.MapCommentRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's {@code animateur} agents define a concertation's categories and map area before publishing
 * it, read every comment, and hide one with a reason e-mailed to its author and shown to them on the map's page.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
public class ConcertationModeration {

    private final CampaignRepository campaigns;
    private final MapCommentRepository comments;
    private final ResidentFacts residents;
    private final TenantRegistry registry;
    private final MailOutbox outbox;

    ConcertationModeration(CampaignRepository campaigns, MapCommentRepository comments, ResidentFacts residents,
            TenantRegistry registry, MailOutbox outbox) {
        this.campaigns = campaigns;
        this.comments = comments;
        this.residents = residents;
        this.registry = registry;
        this.outbox = outbox;
    }

    /** @param bounds west, south, east, north in degrees, or null for the owner's whole extent */
    @Transactional
    public void describe(String campaignSlug, List<String> categories, double[] bounds) {
        campaigns.findBySlug(campaignSlug).orElseThrow(() -> new UnknownCampaignException(campaignSlug))
                .describeConcertation(categories, bounds);
    }

    /** Every comment of the concertation, hidden ones included, in the order they came. */
    @Transactional(readOnly = true)
    public List<MapComment> comments(String campaignSlug) {
        Campaign concertation = campaigns.findBySlug(campaignSlug)
                .orElseThrow(() -> new UnknownCampaignException(campaignSlug));
        return comments.findByCampaignIdOrderByCreatedAt(concertation.getId());
    }

    @Transactional
    public void hide(long commentId, String reason) {
        MapComment comment = comments.findById(commentId)
                .orElseThrow(() -> new CampaignRefusedException("Ce commentaire n'existe pas ici."));
        comment.hide(reason);
        Campaign concertation = campaigns.findById(comment.getCampaignId()).orElseThrow();
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        residents.of(comment.getAuthorSubject()).map(ResidentFacts.Voter::email).ifPresent(email -> outbox.queue(email,
                "Votre commentaire sur la carte « " + concertation.getTitle() + " » est masqué",
                ParticipationMails.commentHidden(tenant, concertation, comment)));
    }
}
