package fr.ensemble.participation.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.identity.resident.ResidenceLocator;
import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.DescribedImage;
import fr.ensemble.participation.domain.Eligibility;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.participation.domain.Project;
import fr.ensemble.participation.domain.ProjectImage;
import fr.ensemble.participation.domain.ProjectProposal;
import fr.ensemble.participation.domain.ProjectRepository;
import fr.ensemble.participation.domain.ProjectStatus;
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
 * Residents submit projects to a participatory budget during its submission phase: eligible residents only, the
 * place inside the commune (anywhere in the territory for the territory's budget), up to three images; everyone
 * sees the projects not hidden by moderation, and each author also sees theirs with the reason when hidden.
 */
@Service
public class ProjectSubmissions {

    private final CampaignRepository campaigns;
    private final ProjectRepository projects;
    private final ResidentFacts residents;
    private final ResidenceLocator locator;
    private final TenantRegistry registry;
    private final MailOutbox outbox;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ProjectSubmissions(CampaignRepository campaigns, ProjectRepository projects, ResidentFacts residents,
            ResidenceLocator locator, TenantRegistry registry, MailOutbox outbox, Clock clock,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.campaigns = campaigns;
        this.projects = projects;
        this.residents = residents;
        this.locator = locator;
        this.registry = registry;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The place is checked first, outside the tenant's transaction: the shared GIS is read by the platform's own role.
     *
     * @throws CampaignRefusedException or {@link VoteRefusedException} (not eligible), nothing written
     */
    public Project submit(String campaignSlug, ProjectProposal proposal, List<DescribedImage> images) {
        String subject = CommuneAccess.subjectOf(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new CampaignRefusedException("Connectez-vous pour déposer un projet."));
        Tenant owner = registry.require(TenantContext.current().orElseThrow());
        if (proposal.longitude() != null && proposal.latitude() != null) {
            checkPlace(owner, proposal.longitude(), proposal.latitude());
        }
        return transaction.execute(status -> save(owner, campaignSlug, subject, proposal, images));
    }

    private Project save(Tenant owner, String campaignSlug, String subject, ProjectProposal proposal,
            List<DescribedImage> images) {
        Campaign campaign = budget(campaignSlug);
        LocalDate today = LocalDate.now(clock.withZone(Voting.PARIS));
        if (campaign.phase(Phase.SUBMISSION).filter(phase -> phase.contains(today)).isEmpty()) {
            throw new CampaignRefusedException("Le dépôt des projets n'est pas ouvert en ce moment.");
        }
        ResidentFacts.Voter resident = residents.of(subject).orElseThrow(() -> new CampaignRefusedException(
                "Ouvrez d'abord « Mon compte » et indiquez votre commune de résidence."));
        Eligibility.check(campaign, owner.slug(), owner.kind() == TenantKind.TERRITORY, resident.facts(), today,
                slug -> registry.find(slug).map(Tenant::name).orElse(slug));
        if (images.size() > ProjectImage.MAX_PER_PROJECT) {
            throw new CampaignRefusedException("Trois images au plus par projet.");
        }
        Project project = projects.save(new Project(campaign.getId(), proposal, subject, resident.displayName(),
                clock.instant()));
        for (int i = 0; i < images.size(); i++) {
            DescribedImage image = images.get(i);
            projects.addImage(project.getId(), i + 1, image.contentType(), image.data(), image.alternativeText());
        }
        if (resident.email() != null) {
            outbox.queue(resident.email(), "Votre projet est déposé : " + project.getTitle(),
                    ParticipationMails.projectSubmitted(owner, campaign, project));
        }
        return project;
    }

    private void checkPlace(Tenant owner, double longitude, double latitude) {
        Optional<Tenant> commune = locator.communeAt(longitude, latitude);
        if (commune.isEmpty()) {
            throw new CampaignRefusedException("Ce lieu n'est dans aucune commune d'Est Ensemble.");
        }
        if (owner.isCommune() && !commune.get().slug().equals(owner.slug())) {
            throw new CampaignRefusedException("Ce lieu est à " + commune.get().name() + ", hors de " + owner.name()
                    + " : choisissez un lieu dans la commune.");
        }
    }

    /** The projects everyone sees: all but those hidden by moderation, in the order they came. */
    @Transactional(readOnly = true)
    public List<Project> visible(String campaignSlug) {
        return projects.findByCampaignIdOrderBySubmittedAt(budget(campaignSlug).getId()).stream()
                .filter(project -> project.getStatus().isPublic()).toList();
    }

    /** The signed-in resident's own projects in that budget, hidden ones included with their reason. */
    @Transactional(readOnly = true)
    public List<Project> mine(String campaignSlug) {
        return CommuneAccess.subjectOf(SecurityContextHolder.getContext().getAuthentication())
                .map(subject -> projects.findByCampaignIdAndAuthorSubjectOrderBySubmittedAt(budget(campaignSlug).getId(), subject))
                .orElse(List.of());
    }

    /** A visible project's image (the author's or the public's), or empty. */
    @Transactional(readOnly = true)
    public Optional<ProjectImage> image(long projectId, int position) {
        return projects.findById(projectId).filter(project -> project.getStatus() != ProjectStatus.HIDDEN)
                .map(project -> projects.image(projectId, position))
                .map(data -> new ProjectImage(projects.imageType(projectId, position), data));
    }

    private Campaign budget(String slug) {
        return campaigns.findBySlug(slug).filter(Campaign::isPublished)
                .filter(campaign -> campaign.getKind() == CampaignKind.BUDGET)
                .orElseThrow(() -> new UnknownCampaignException(slug));
    }
}
