package fr.ensemble.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.CampaignAdministration;
import fr.ensemble.participation.application.Consultations;
import fr.ensemble.participation.application.ResponseRefusedException;
import fr.ensemble.participation.domain.CampaignDraft;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignPhase;
import fr.ensemble.participation.domain.ConsultationQuestion;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.participation.domain.QuestionKind;
import fr.ensemble.participation.domain.Questionnaire.QuestionResult;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A consultation built by Pantin's animateur: one response per resident (and per browser when it takes answers
 * without an account), French errors per question, results and CSV for the animateur at once, for everyone after.
 */
@IntegrationTest
class ConsultationsIT {

    @Autowired
    CampaignAdministration administration;

    @Autowired
    Consultations consultations;

    @Test
    void residentsAndBrowsersAnswerOnceAndTheResultsCountThem() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        ParticipationFixtures.demoResident("bruno", "montreuil");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String slug = "consultation-" + UUID.randomUUID().toString().substring(0, 8);
        List<ConsultationQuestion> questions = asAnimateur(() -> {
            administration.create(new CampaignDraft(slug, CampaignKind.CONSULTATION, "Le centre-ville", "Votre avis.", null,
                    null, null, 0, false, List.of(new CampaignPhase(Phase.VOTE, today.minusDays(1), today.plusDays(1)))));
            assertThatThrownBy(() -> administration.publish(slug)).hasMessageContaining("au moins une question");
            var mode = consultations.addQuestion(slug, QuestionKind.SINGLE, "Comment venez-vous ?", List.of("À pied", "En bus"), true);
            var score = consultations.addQuestion(slug, QuestionKind.SCALE, "Êtes-vous satisfait ?", List.of(), true);
            var ideas = consultations.addQuestion(slug, QuestionKind.TEXT, "Vos idées", List.of(), false);
            administration.publish(slug);
            administration.acceptAnonymousResponses(slug);
            return List.of(mode, score, ideas);
        });
        Map<Long, Object> answer = Map.of(questions.get(0).getId(), "À pied", questions.get(1).getId(), 4);

        asResident(alice, () -> consultations.respond(slug, answer, null));
        assertThatThrownBy(() -> asResident(alice, () -> consultations.respond(slug, answer, null)))
                .hasMessage("Vous avez déjà répondu à cette consultation.");
        assertThatThrownBy(() -> asResident(KeycloakRealm.user("bruno").getId(), () -> consultations.respond(slug, answer, null)))
                .hasMessageContaining("réservé aux habitants de Pantin");
        assertThatThrownBy(() -> asResident(alice, () -> consultations.respond(slug, Map.of(questions.get(1).getId(), 9), null)))
                .isInstanceOfSatisfying(ResponseRefusedException.class, refused -> assertThat(refused.errors())
                        .containsEntry(questions.get(0).getId(), "Répondez à cette question.")
                        .containsEntry(questions.get(1).getId(), "Choisissez une valeur de 1 à 5."));
        anonymously(() -> consultations.respond(slug, Map.of(questions.get(0).getId(), "En bus", questions.get(1).getId(), 2,
                questions.get(2).getId(), "Plus de bancs."), "navigateur-1"));
        assertThatThrownBy(() -> anonymously(() -> consultations.respond(slug, answer, "navigateur-1")))
                .hasMessage("Vous avez déjà répondu à cette consultation.");

        List<QuestionResult> results = asAnimateur(() -> consultations.resultsSoFar(slug));
        assertThat(results.get(0).figures()).containsEntry("À pied", 1.0).containsEntry("En bus", 1.0);
        assertThat(results.get(1).mean()).isEqualTo(3.0);
        assertThat(results.get(2).texts()).containsExactly("Plus de bancs.");
        String csv = asAnimateur(() -> consultations.responsesCsv(slug));
        assertThat(csv.lines()).hasSize(3).first().isEqualTo("jour;\"Comment venez-vous ?\";\"Êtes-vous satisfait ?\";\"Vos idées\"");
        assertThat(csv).contains(";\"En bus\";\"2\";\"Plus de bancs.\"");
        assertThat(TenantContext.call("pantin", () -> consultations.results(slug))).as("public after the end only").isEmpty();
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:animateur"),
                () -> TenantContext.call("pantin", () -> consultations.responsesCsv(slug))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private <T> T asAnimateur(java.util.function.Supplier<T> work) {
        return Acting.as("agent.pantin", ParticipationFixtures.PANTIN_ANIMATEUR, () -> TenantContext.call("pantin", work));
    }

    private static void asResident(String subject, Runnable work) {
        Acting.asSubject(subject, List.of(), () -> {
            TenantContext.run("pantin", work);
            return null;
        });
    }

    private static void anonymously(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            TenantContext.run("pantin", work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
