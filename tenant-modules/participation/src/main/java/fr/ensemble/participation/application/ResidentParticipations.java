package fr.ensemble.participation.application;

import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentActivitySource;
import fr.ensemble.core.tenancy.EveryTenant;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.CouncilQuestionRepository;
import fr.ensemble.participation.domain.MapCommentRepository;
import fr.ensemble.participation.domain.ParticipationRepository;
import fr.ensemble.participation.domain.ProjectRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Mon compte" lists the resident's participations in every commune and the territory: the campaign, the day
 * and the receipt code, derived again (the register holds no code). An account deletion keeps the register's
 * count and forgets the person.
 */
@Component
class ResidentParticipations implements ResidentActivitySource {

    private static final String KIND = "Participation";
    private static final String PROJECT = "Projet déposé";
    private static final String QUESTION = "Question au conseil";
    private static final String COMMENT = "Commentaire sur une carte";

    private final EveryTenant everyTenant;
    private final ParticipationRepository register;
    private final CampaignRepository campaigns;
    private final ReceiptCodes receipts;
    private final ProjectRepository projects;
    private final CouncilQuestionRepository questions;
    private final MapCommentRepository comments;

    ResidentParticipations(EveryTenant everyTenant, ParticipationRepository register, CampaignRepository campaigns,
            ReceiptCodes receipts, ProjectRepository projects, CouncilQuestionRepository questions,
            MapCommentRepository comments) {
        this.comments = comments;
        this.projects = projects;
        this.questions = questions;
        this.everyTenant = everyTenant;
        this.register = register;
        this.campaigns = campaigns;
        this.receipts = receipts;
    }

    @Override
    public List<ResidentActivity> activitiesOf(String subject) {
        List<ResidentActivity> activities = new ArrayList<>();
        everyTenant.run(tenant -> {
            register.findByVoter(subject).forEach(entry -> campaigns.findById(entry.getCampaignId()).ifPresent(
                    campaign -> activities.add(new ResidentActivity(tenant.slug(), KIND, campaign.getTitle(),
                            "A voté (" + entry.getChannel().label() + ")",
                            receipts.code(tenant.slug(), campaign.getId(), subject),
                            entry.getVotedOn().atStartOfDay(Voting.PARIS).toInstant(), path(tenant, campaign)))));
            projects.findByAuthorSubjectOrderBySubmittedAt(subject).forEach(project -> campaigns
                    .findById(project.getCampaignId()).ifPresent(campaign -> activities.add(new ResidentActivity(
                            tenant.slug(), PROJECT, project.getTitle(), project.getStatus().label()
                            + (project.getStatusReason() == null ? "" : " : " + project.getStatusReason()),
                            "projet n° " + project.getId(), project.getSubmittedAt(), path(tenant, campaign)))));
            questions.findByAuthorSubjectOrderBySubmittedAt(subject).forEach(question -> campaigns
                    .findById(question.getCampaignId()).ifPresent(session -> activities.add(new ResidentActivity(
                            tenant.slug(), QUESTION, session.getTitle(), question.getStatus().label(),
                            "question n° " + question.getId(), question.getSubmittedAt(), path(tenant, session)))));
            comments.findByAuthorSubjectOrderByCreatedAt(subject).forEach(comment -> campaigns
                    .findById(comment.getCampaignId()).ifPresent(map -> activities.add(new ResidentActivity(
                            tenant.slug(), COMMENT, map.getTitle(), comment.isHidden()
                            ? "Masqué par la modération : " + comment.getHiddenReason() : "Publié",
                            "commentaire n° " + comment.getId(), comment.getCreatedAt(), path(tenant, map)))));
        });
        return activities;
    }

    private static String path(Tenant tenant, Campaign campaign) {
        return tenant.slug() + "/participer/" + campaign.getSlug();
    }

    @Override
    public void forget(String subject) {
        everyTenant.run(tenant -> {
            register.anonymise(subject);
            projects.anonymise(subject);
            questions.anonymise(subject);
            comments.anonymise(subject);
        });
    }
}
