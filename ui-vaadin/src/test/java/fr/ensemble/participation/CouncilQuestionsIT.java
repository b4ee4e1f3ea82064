package fr.ensemble.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.CouncilQuestions;
import fr.ensemble.participation.domain.CouncilQuestion;
import fr.ensemble.participation.domain.QuestionStatus;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Droit d'interpellation: Pantin's residents ask the council, the animateur selects one question for the session
 * and answers another in writing; everyone reads the answers; the author is told by e-mail and in Mon compte.
 */
@IntegrationTest
class CouncilQuestionsIT {

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    CouncilQuestions questions;

    @Autowired
    ResidentProfileService profiles;

    @Test
    void residentsAskOneQuestionIsAskedLiveAndTheOthersAreAnswered() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        ParticipationFixtures.demoResident("bruno", "montreuil");
        String session = fixtures.pantinQuestions();

        CouncilQuestion lights = ask(alice, session, "Quand l'éclairage de la rue Hoche sera-t-il réparé ?");
        CouncilQuestion schoolyards = ask(alice, session, "Les cours d'école ouvriront-elles le samedi aux familles ?");
        assertThat(lights.getStatus()).isEqualTo(QuestionStatus.SUBMITTED);
        assertThat(lights.getAuthorName()).isEqualTo("Alice Martin");
        assertThatThrownBy(() -> ask(alice, session, "Quoi ?")).hasMessageContaining("de 10 à 3 000 caractères");
        String bruno = KeycloakRealm.user("bruno").getId();
        assertThatThrownBy(() -> ask(bruno, session, "Une question de Montreuil pour Pantin ?"))
                .hasMessageContaining("réservé aux habitants de Pantin");

        Acting.as("agent.pantin", ParticipationFixtures.PANTIN_ANIMATEUR, () -> TenantContext.run("pantin", () -> {
            questions.select(schoolyards.getId());
            questions.answer(lights.getId(), "Les candélabres de la rue Hoche sont remplacés la semaine prochaine.");
        }));

        List<CouncilQuestion> published = TenantContext.call("pantin", () -> questions.all(session));
        assertThat(published).extracting(CouncilQuestion::getStatus)
                .containsExactly(QuestionStatus.ANSWERED, QuestionStatus.SELECTED);
        assertThat(published.getFirst().getAnswer()).contains("candélabres");
        assertThat(ParticipationFixtures.awaitMailContaining("alice@example.org", "candélabres")).contains("Réponse publiée");
        assertThat(Acting.asSubject(alice, List.of(), () -> profiles.activities(alice)))
                .anySatisfy(activity -> {
                    assertThat(activity.kind()).isEqualTo("Question au conseil");
                    assertThat(activity.status()).isEqualTo("Retenue : posée en séance");
                });
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:animateur"),
                () -> TenantContext.run("pantin", () -> questions.answer(schoolyards.getId(), "Non."))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private CouncilQuestion ask(String subject, String session, String text) {
        return Acting.asSubject(subject, List.of(), () -> TenantContext.call("pantin", () -> questions.ask(session, text)));
    }
}
