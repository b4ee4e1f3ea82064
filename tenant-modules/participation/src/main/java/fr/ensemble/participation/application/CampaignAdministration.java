package fr.ensemble.participation.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotOptionRepository;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignDraft;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.ConsultationQuestionRepository;
import fr.ensemble.participation.domain.DescribedImage;
import fr.ensemble.participation.domain.ParticipationRepository;
import fr.ensemble.participation.domain.Phase;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's {@code animateur} agents create campaigns, put options to the vote and publish them. */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
public class CampaignAdministration {

    private final CampaignRepository campaigns;
    private final BallotOptionRepository options;
    private final ParticipationRepository register;
    private final ConsultationQuestionRepository questions;
    private final Clock clock;

    CampaignAdministration(CampaignRepository campaigns, BallotOptionRepository options, ParticipationRepository register,
            ConsultationQuestionRepository questions, Clock clock) {
        this.questions = questions;
        this.campaigns = campaigns;
        this.options = options;
        this.register = register;
        this.clock = clock;
    }

    @Transactional
    public Campaign create(CampaignDraft draft) {
        if (campaigns.existsBySlug(draft.slug())) {
            throw new CampaignRefusedException("Une campagne porte déjà l'identifiant « " + draft.slug() + " ».");
        }
        return campaigns.save(new Campaign(draft, CommuneAccess.usernameOf(SecurityContextHolder.getContext()
                .getAuthentication()), clock.instant()));
    }

    /**
     * Options are added before the vote opens: a ballot never refers to an option that changed.
     *
     * @param image the option's image, already checked, or null for none
     */
    @Transactional
    public BallotOption addOption(String slug, String title, String description, Long costCents, DescribedImage image) {
        Campaign campaign = require(slug);
        if (campaign.isPublished() && register.countByCampaignId(campaign.getId()) > 0) {
            throw new CampaignRefusedException("Le vote a commencé : les choix ne changent plus.");
        }
        if (campaign.getKind() == CampaignKind.BUDGET && costCents == null) {
            throw new CampaignRefusedException("Indiquez le coût estimé du projet.");
        }
        BallotOption option = options.save(new BallotOption(campaign.getId(), options.lastPosition(campaign.getId()) + 1,
                title, description, costCents));
        if (image != null) {
            option.illustrated(image.alternativeText());
            options.putImage(option.getId(), image.contentType(), image.data());
        }
        return option;
    }

    @Transactional
    public void publish(String slug) {
        Campaign campaign = require(slug);
        // A budget with a submission phase is published empty: its options are the projects selected later.
        if (campaign.getKind() == CampaignKind.CONSULTATION && questions.findByCampaignIdOrderByPosition(campaign.getId()).isEmpty()) {
            throw new CampaignRefusedException("Ajoutez au moins une question avant de publier la consultation.");
        }
        if (campaign.getKind().hasBallots() && campaign.phase(Phase.SUBMISSION).isEmpty()
                && options.findByCampaignIdOrderByPosition(campaign.getId()).size() < 2) {
            throw new CampaignRefusedException("Mettez au moins deux choix au vote avant de publier.");
        }
        campaign.publish();
    }

    @Transactional
    public void acceptAnonymousResponses(String slug) {
        require(slug).acceptAnonymousResponses();
    }

    @Transactional(readOnly = true)
    public List<CampaignRow> all() {
        return campaigns.findAllByOrderByCreatedAtDesc().stream()
                .map(campaign -> new CampaignRow(campaign, register.countByCampaignId(campaign.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public Campaign require(String slug) {
        return campaigns.findBySlug(slug).orElseThrow(() -> new UnknownCampaignException(slug));
    }

    @Transactional(readOnly = true)
    public List<BallotOption> options(String slug) {
        return options.findByCampaignIdOrderByPosition(require(slug).getId());
    }

    /** A campaign with how many residents took part so far (never what they chose before the end). */
    public record CampaignRow(Campaign campaign, long participants) {
    }
}
