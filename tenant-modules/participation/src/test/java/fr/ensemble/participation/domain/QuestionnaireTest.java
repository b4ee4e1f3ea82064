package fr.ensemble.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A consultation's answers checked question by question, and counted: choices, scale mean, Borda ranking. */
class QuestionnaireTest {

    private static final ConsultationQuestion MODE = question(1, QuestionKind.SINGLE, List.of("Vélo", "Bus", "Voiture"), true);
    private static final ConsultationQuestion PLACES = question(2, QuestionKind.MULTIPLE, List.of("Parc", "Canal", "Marché"), false);
    private static final ConsultationQuestion SATISFACTION = question(3, QuestionKind.SCALE, List.of(), true);
    private static final ConsultationQuestion PRIORITIES = question(4, QuestionKind.RANKING, List.of("Arbres", "Bancs", "Jeux"), true);
    private static final ConsultationQuestion IDEAS = question(5, QuestionKind.TEXT, List.of(), false);
    private static final List<ConsultationQuestion> ALL = List.of(MODE, PLACES, SATISFACTION, PRIORITIES, IDEAS);

    @Test
    void aCompleteResponsePassesAndEachMistakeIsNamedInFrench() {
        assertThat(Questionnaire.check(ALL, Map.of(1L, "Vélo", 2L, List.of("Parc", "Canal"), 3L, 4,
                4L, List.of("Jeux", "Arbres", "Bancs"), 5L, "Plus d'ombre."))).isEmpty();
        assertThat(Questionnaire.check(ALL, Map.of(1L, "Trottinette", 3L, 6, 4L, List.of("Jeux", "Jeux", "Bancs"))))
                .containsEntry(1L, "Choisissez une des réponses proposées.")
                .containsEntry(3L, "Choisissez une valeur de 1 à 5.")
                .containsEntry(4L, "Classez chacun des choix une fois.")
                .doesNotContainKeys(2L, 5L);
        assertThat(Questionnaire.check(ALL, Map.of())).containsOnlyKeys(1L, 3L, 4L)
                .containsEntry(1L, "Répondez à cette question.");
    }

    @Test
    void resultsCountChoicesTheScaleAndBordaPoints() {
        List<Map<Long, Object>> responses = List.of(
                Map.of(1L, "Vélo", 2L, List.of("Parc", "Canal"), 3L, 5, 4L, List.of("Arbres", "Bancs", "Jeux")),
                Map.of(1L, "Vélo", 2L, List.of("Canal"), 3L, 2, 4L, List.of("Jeux", "Arbres", "Bancs"), 5L, "Des fontaines."),
                Map.of(1L, "Bus", 3L, 5, 4L, List.of("Arbres", "Jeux", "Bancs")));
        assertThat(Questionnaire.count(MODE, responses).figures()).containsEntry("Vélo", 2.0).containsEntry("Bus", 1.0)
                .containsEntry("Voiture", 0.0);
        assertThat(Questionnaire.count(PLACES, responses).figures()).containsEntry("Canal", 2.0).containsEntry("Marché", 0.0);
        assertThat(Questionnaire.count(PLACES, responses).answered()).isEqualTo(2);
        assertThat(Questionnaire.count(SATISFACTION, responses).mean()).isEqualTo(4.0);
        assertThat(Questionnaire.count(PRIORITIES, responses).figures()).containsEntry("Arbres", 8.0)
                .containsEntry("Jeux", 6.0).containsEntry("Bancs", 4.0);
        assertThat(Questionnaire.count(IDEAS, responses).texts()).containsExactly("Des fontaines.");
    }

    @Test
    void aChoiceQuestionNeedsTwoChoices() {
        assertThatThrownBy(() -> new ConsultationQuestion(1, 1, QuestionKind.SINGLE, "Oui ?", List.of("Oui", " "), true))
                .hasMessageContaining("au moins deux choix");
    }

    private static ConsultationQuestion question(long id, QuestionKind kind, List<String> choices, boolean required) {
        var question = new ConsultationQuestion(1, (int) id, kind, "Question " + id, choices, required);
        try {
            Field field = ConsultationQuestion.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(question, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return question;
    }
}
