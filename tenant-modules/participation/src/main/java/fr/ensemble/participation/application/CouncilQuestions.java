package fr.ensemble.participation.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.CouncilQuestion;
import fr.ensemble.participation.domain.CouncilQuestionRepository;
import fr.ensemble.participation.domain.Eligibility;
import fr.ensemble.participation.domain.Phase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Droit d'interpellation: eligible residents ask a question for a council session before its deadline (the end of
 * the campaign's submission phase); the commune's {@code animateur} agents select the one(s) asked live and publish
 * an answer to the others. Everyone reads the questions with their status and answers; authors are e-mailed.
 */
@Service
public class CouncilQuestions {

    private final CampaignRepository campaigns;
    private final CouncilQuestionRepository questions;
    private final ResidentFacts residents;
    private final TenantRegistry registry;
    private final MailOutbox outbox;
    private final Clock clock;

    CouncilQuestions(CampaignRepository campaigns, CouncilQuestionRepository questions, ResidentFacts residents,
            TenantRegistry registry, MailOutbox outbox, Clock clock) {
        this.campaigns = campaigns;
        this.questions = questions;
        this.residents = residents;
        this.registry = registry;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CouncilQuestion ask(String campaignSlug, String question) {
        String subject = CommuneAccess.subjectOf(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new CampaignRefusedException("Connectez-vous pour poser une question."));
        Campaign session = session(campaignSlug);
        LocalDate today = LocalDate.now(clock.withZone(Voting.PARIS));
        if (session.phase(Phase.SUBMISSION).filter(phase -> phase.contains(today)).isEmpty()) {
            throw new CampaignRefusedException("Les questions pour cette séance ne sont pas ouvertes en ce moment.");
        }
        Tenant owner = registry.require(TenantContext.current().orElseThrow());
        ResidentFacts.Voter resident = residents.of(subject).orElseThrow(() -> new CampaignRefusedException(
                "Ouvrez d'abord « Mon compte » et indiquez votre commune de résidence."));
        Eligibility.check(session, owner.slug(), owner.kind() == TenantKind.TERRITORY, resident.facts(), today,
                slug -> registry.find(slug).map(Tenant::name).orElse(slug));
        return questions.save(new CouncilQuestion(session.getId(), subject, resident.displayName(), question, clock.instant()));
    }

    /** Every question of the session, with its status and answer, in the order they came. */
    @Transactional(readOnly = true)
    public List<CouncilQuestion> all(String campaignSlug) {
        return questions.findByCampaignIdOrderBySubmittedAt(session(campaignSlug).getId());
    }

    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
    public void select(long questionId) {
        change(questionId, CouncilQuestion::select);
    }

    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
    public void answer(long questionId, String answer) {
        change(questionId, question -> question.answer(answer, clock.instant()));
    }

    private void change(long questionId, Consumer<CouncilQuestion> step) {
        CouncilQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new CampaignRefusedException("Cette question n'existe pas ici."));
        step.accept(question);
        Campaign session = campaigns.findById(question.getCampaignId()).orElseThrow();
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        residents.of(question.getAuthorSubject()).map(ResidentFacts.Voter::email).ifPresent(email -> outbox.queue(email,
                "Votre question au conseil : " + question.getStatus().label(),
                ParticipationMails.questionNews(tenant, session, question)));
    }

    private Campaign session(String slug) {
        return campaigns.findBySlug(slug).filter(Campaign::isPublished)
                .filter(campaign -> campaign.getKind() == CampaignKind.QUESTIONS)
                .orElseThrow(() -> new UnknownCampaignException(slug));
    }
}
