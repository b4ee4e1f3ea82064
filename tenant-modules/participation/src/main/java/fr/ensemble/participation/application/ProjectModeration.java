package fr.ensemble.participation.application;

import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotOptionRepository;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.ParticipationRepository;
import fr.ensemble.participation.domain.Project;
import fr.ensemble.participation.domain.ProjectRepository;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's {@code animateur} agents moderate the submitted projects (hidden with a reason shown to
 * the author), record the feasibility study, and select feasible projects for the vote, each becoming a ballot
 * option at its studied cost. The author is told of each step by e-mail.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
public class ProjectModeration {

    private final CampaignRepository campaigns;
    private final ProjectRepository projects;
    private final BallotOptionRepository options;
    private final ParticipationRepository register;
    private final ResidentFacts residents;
    private final TenantRegistry registry;
    private final MailOutbox outbox;

    ProjectModeration(CampaignRepository campaigns, ProjectRepository projects, BallotOptionRepository options,
            ParticipationRepository register, ResidentFacts residents, TenantRegistry registry, MailOutbox outbox) {
        this.campaigns = campaigns;
        this.projects = projects;
        this.options = options;
        this.register = register;
        this.residents = residents;
        this.registry = registry;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public List<Project> projects(String campaignSlug) {
        return projects.findByCampaignIdOrderBySubmittedAt(campaign(campaignSlug).getId());
    }

    @Transactional
    public void hide(long projectId, String reason) {
        change(projectId, project -> project.hide(reason));
    }

    @Transactional
    public void study(long projectId, boolean feasible, String reason, Long costCents) {
        change(projectId, project -> project.studied(feasible, reason, costCents));
    }

    /** Puts a feasible project to the vote, before anyone voted. */
    @Transactional
    public BallotOption select(long projectId) {
        Project project = require(projectId);
        if (register.countByCampaignId(project.getCampaignId()) > 0) {
            throw new CampaignRefusedException("Le vote a commencé : les projets soumis au vote ne changent plus.");
        }
        BallotOption option = options.save(new BallotOption(project.getCampaignId(),
                options.lastPosition(project.getCampaignId()) + 1, project.getTitle(), project.getDescription(),
                project.getStudiedCostCents()));
        change(projectId, selected -> selected.selected(option.getId()));
        return option;
    }

    private void change(long projectId, Consumer<Project> step) {
        Project project = require(projectId);
        step.accept(project);
        Campaign campaign = campaigns.findById(project.getCampaignId()).orElseThrow();
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        residents.of(project.getAuthorSubject()).map(ResidentFacts.Voter::email).ifPresent(email -> outbox.queue(email,
                "Votre projet « " + project.getTitle() + " » : " + project.getStatus().label(),
                ParticipationMails.projectNews(tenant, campaign, project)));
    }

    private Project require(long projectId) {
        return projects.findById(projectId).orElseThrow(() -> new CampaignRefusedException("Ce projet n'existe pas ici."));
    }

    private Campaign campaign(String slug) {
        return campaigns.findBySlug(slug).orElseThrow(() -> new UnknownCampaignException(slug));
    }
}
