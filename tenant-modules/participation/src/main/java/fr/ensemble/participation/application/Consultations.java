package fr.ensemble.participation.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.ConsultationQuestion;
import fr.ensemble.participation.domain.ConsultationQuestionRepository;
import fr.ensemble.participation.domain.Eligibility;
import fr.ensemble.participation.domain.QuestionKind;
import fr.ensemble.participation.domain.Questionnaire;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consultations: the animateur builds the questionnaire; eligible residents answer once each (or, when the
 * consultation takes anonymous answers, once per browser); results per question, public once the consultation is
 * over and for its animateurs at any time, and the responses as CSV. A response keeps only a hash of who answered.
 */
@Service
public class Consultations {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    @PersistenceContext
    private EntityManager entityManager;

    private final CampaignRepository campaigns;
    private final ConsultationQuestionRepository questions;
    private final ResidentFacts residents;
    private final TenantRegistry registry;
    private final JsonMapper json;
    private final Clock clock;

    Consultations(CampaignRepository campaigns, ConsultationQuestionRepository questions, ResidentFacts residents,
            TenantRegistry registry, JsonMapper json, Clock clock) {
        this.campaigns = campaigns;
        this.questions = questions;
        this.residents = residents;
        this.registry = registry;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ConsultationQuestion> questions(String slug) {
        return questions.findByCampaignIdOrderByPosition(consultation(slug).getId());
    }

    /** The questionnaire as its animateurs build it, published or not yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
    public List<ConsultationQuestion> questionnaire(String slug) {
        Campaign campaign = campaigns.findBySlug(slug).filter(found -> found.getKind() == CampaignKind.CONSULTATION)
                .orElseThrow(() -> new UnknownCampaignException(slug));
        return questions.findByCampaignIdOrderByPosition(campaign.getId());
    }

    /** Builds the questionnaire, before the first response. */
    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
    public ConsultationQuestion addQuestion(String slug, QuestionKind kind, String label, List<String> choices, boolean required) {
        Campaign campaign = campaigns.findBySlug(slug).filter(found -> found.getKind() == CampaignKind.CONSULTATION)
                .orElseThrow(() -> new UnknownCampaignException(slug));
        if (responseCount(campaign.getId()) > 0) {
            throw new CampaignRefusedException("La consultation a reçu des réponses : le questionnaire ne change plus.");
        }
        return questions.save(new ConsultationQuestion(campaign.getId(), questions.lastPosition(campaign.getId()) + 1, kind,
                label, choices, required));
    }

    /**
     * @param answers by question id (see {@link Questionnaire#check})
     * @param browserKey the browser's own random key, for a consultation answered without an account
     */
    @Transactional
    public void respond(String slug, Map<Long, Object> answers, String browserKey) {
        Campaign campaign = consultation(slug);
        LocalDate today = LocalDate.now(clock.withZone(Voting.PARIS));
        if (!campaign.isVoteOpen(today)) {
            throw new CampaignRefusedException("Cette consultation n'est pas ouverte en ce moment.");
        }
        String respondent = respondent(campaign, today, browserKey);
        Map<Long, String> errors = Questionnaire.check(questions.findByCampaignIdOrderByPosition(campaign.getId()), answers);
        if (!errors.isEmpty()) {
            throw new ResponseRefusedException(errors);
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        answers.forEach((question, answer) -> stored.put(String.valueOf(question), answer));
        int written = entityManager.createNativeQuery("""
                INSERT INTO consultation_response (id, campaign_id, respondent, answers, answered_on)
                VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, campaign.getId()).setParameter(3, respondent)
                .setParameter(4, json.writeValueAsString(stored)).setParameter(5, today).executeUpdate();
        if (written == 0) {
            throw new CampaignRefusedException("Vous avez déjà répondu à cette consultation.");
        }
    }

    private String respondent(Campaign campaign, LocalDate today, String browserKey) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var subject = authentication == null ? java.util.Optional.<String>empty() : CommuneAccess.subjectOf(authentication);
        if (subject.isPresent()) {
            Tenant owner = registry.require(TenantContext.current().orElseThrow());
            ResidentFacts.Voter resident = residents.of(subject.get()).orElseThrow(() -> new CampaignRefusedException(
                    "Ouvrez d'abord « Mon compte » et indiquez votre commune de résidence."));
            Eligibility.check(campaign, owner.slug(), owner.kind() == TenantKind.TERRITORY, resident.facts(), today,
                    slug -> registry.find(slug).map(Tenant::name).orElse(slug));
            return ReceiptCodes.sha256("resident\n" + subject.get());
        }
        if (campaign.isAnonymousResponses() && browserKey != null && !browserKey.isBlank()) {
            return ReceiptCodes.sha256("navigateur\n" + browserKey);
        }
        throw new CampaignRefusedException("Connectez-vous pour répondre à cette consultation.");
    }

    /** The results for everyone, once the consultation is over. */
    @Transactional(readOnly = true)
    public Optional<List<Questionnaire.QuestionResult>> results(String slug) {
        Campaign campaign = consultation(slug);
        return campaign.areResultsPublic(LocalDate.now(clock.withZone(Voting.PARIS))) ? Optional.of(count(campaign))
                : Optional.empty();
    }

    /** The results for the animateurs, at any time. */
    @Transactional(readOnly = true)
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
    public List<Questionnaire.QuestionResult> resultsSoFar(String slug) {
        return count(campaigns.findBySlug(slug).orElseThrow(() -> new UnknownCampaignException(slug)));
    }

    /** Every response, one line each, one column per question (choices joined by " | "), in random-id order. */
    @Transactional(readOnly = true)
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
    public String responsesCsv(String slug) {
        Campaign campaign = campaigns.findBySlug(slug).orElseThrow(() -> new UnknownCampaignException(slug));
        List<ConsultationQuestion> questionnaire = questions.findByCampaignIdOrderByPosition(campaign.getId());
        var csv = new StringBuilder("jour;" + questionnaire.stream().map(question -> csvText(question.getLabel()))
                .collect(Collectors.joining(";")) + "\n");
        for (Object[] row : rows(campaign.getId())) {
            Map<String, Object> answers = json.readValue((String) row[1], ANSWERS);
            csv.append(row[0]);
            for (ConsultationQuestion question : questionnaire) {
                Object answer = answers.get(String.valueOf(question.getId()));
                csv.append(';').append(answer == null ? "" : csvText(answer instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(" | ")) : String.valueOf(answer)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private List<Questionnaire.QuestionResult> count(Campaign campaign) {
        List<Map<Long, Object>> responses = new ArrayList<>();
        for (Object[] row : rows(campaign.getId())) {
            Map<Long, Object> answers = new LinkedHashMap<>();
            json.readValue((String) row[1], ANSWERS).forEach((question, answer) -> answers.put(Long.valueOf(question), answer));
            responses.add(answers);
        }
        return questions.findByCampaignIdOrderByPosition(campaign.getId()).stream()
                .map(question -> Questionnaire.count(question, responses)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(long campaignId) {
        return entityManager.createNativeQuery("""
                SELECT CAST(answered_on AS text), CAST(answers AS text) FROM consultation_response
                WHERE campaign_id = ?1 ORDER BY id""").setParameter(1, campaignId).getResultList();
    }

    private long responseCount(long campaignId) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM consultation_response WHERE campaign_id = ?1")
                .setParameter(1, campaignId).getSingleResult()).longValue();
    }

    private Campaign consultation(String slug) {
        return campaigns.findBySlug(slug).filter(Campaign::isPublished)
                .filter(campaign -> campaign.getKind() == CampaignKind.CONSULTATION)
                .orElseThrow(() -> new UnknownCampaignException(slug));
    }

    private static String csvText(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
