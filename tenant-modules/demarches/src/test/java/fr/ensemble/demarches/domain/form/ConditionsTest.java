package fr.ensemble.demarches.domain.form;

import static fr.ensemble.demarches.domain.form.FieldBuilder.field;
import static fr.ensemble.demarches.domain.form.FieldBuilder.form;
import static fr.ensemble.demarches.domain.form.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private final FormDefinition enrolment = SchoolEnrolment.form();
    private final Map<String, Object> answers = SchoolEnrolment.answers();

    @Test
    void aHiddenRequiredFieldIsNotDemanded() {
        answers.put("a_justificatif", "non");
        answers.remove("justificatif");

        assertThat(FormValidator.validate(enrolment, answers)).isEmpty();
    }

    @Test
    void aShownRequiredFieldIsDemandedWhateverTheFormOfYes() {
        answers.remove("justificatif");

        for (Object yes : List.of("oui", "Oui", true, "true")) {
            answers.put("a_justificatif", yes);
            assertThat(FormValidator.validate(enrolment, answers)).as("answer %s", yes)
                    .containsExactly(new FieldError("justificatif", "Ce champ est obligatoire."));
        }
    }

    @Test
    void hiddenAnswersAreDroppedFromWhatIsKept() {
        answers.put("a_justificatif", false);
        answers.put("services", List.of("Accueil du matin"));
        answers.put("champ_inconnu", "x");

        Map<String, Object> kept = FormValidator.visibleAnswers(enrolment, answers);

        assertThat(kept).doesNotContainKeys("justificatif", "regime", "champ_inconnu")
                .containsEntry("a_justificatif", false)
                .containsEntry("services", List.of("Accueil du matin"))
                .containsKeys("nom", "adresse", "enfants", "personnes_foyer", "numero_allocataire");
    }

    @Test
    void hiddenAnswersInsideRepeatableItemsAreDroppedToo() {
        answers.put("enfants", List.of(Map.of("prenom_enfant", "Moussa", "date_naissance", "2020-03-14",
                "niveau", "CP", "allergies", "non", "precisions_allergies", "Arachide (ancienne réponse)")));

        Object enfants = FormValidator.visibleAnswers(enrolment, answers).get("enfants");

        assertThat(enfants).isEqualTo(List.of(Map.of("prenom_enfant", "Moussa", "date_naissance", "2020-03-14",
                "niveau", "CP", "allergies", "non")));
        assertThat(FormValidator.validate(enrolment, answers)).isEmpty();
    }

    @Test
    void aMultipleChoiceConditionHoldsWhenTheChoiceIsAmongTheAnswers() {
        answers.remove("regime");

        answers.put("services", List.of("Accueil du soir", "Cantine"));
        assertThat(FormValidator.validate(enrolment, answers))
                .containsExactly(new FieldError("regime", "Ce champ est obligatoire."));

        answers.put("services", List.of("Accueil du soir"));
        assertThat(FormValidator.validate(enrolment, answers)).isEmpty();
    }

    @Test
    void aFieldThatDependsOnAHiddenFieldIsHiddenToo() {
        var form = form(
                field("cantine", YES_NO),
                field("allergies", YES_NO).showWhen("cantine", "oui"),
                field("precisions", TEXT).required().showWhen("allergies", "oui"));

        Map<String, Object> stale = Map.of("cantine", "non", "allergies", "oui");

        assertThat(FormValidator.validate(form, stale)).isEmpty();
        assertThat(FormValidator.visibleAnswers(form, stale)).containsOnlyKeys("cantine");
    }

    @Test
    void aChildMayDependOnATopLevelField() {
        var form = form(
                field("cantine", YES_NO),
                field("enfants", REPEATABLE).children(field("regime", TEXT).required().showWhen("cantine", "oui")));

        assertThat(FormValidator.validate(form, Map.of("cantine", true, "enfants", List.of(Map.of()))))
                .containsExactly(new FieldError("enfants[0].regime", "Ce champ est obligatoire."));
        assertThat(FormValidator.validate(form, Map.of("cantine", false, "enfants", List.of(Map.of())))).isEmpty();
    }

    @Test
    void aConditionMatchesTheExactValue() {
        var condition = new Condition("niveau", "CP");

        assertThat(condition.isMetBy("CP")).isTrue();
        assertThat(condition.isMetBy("CE1")).isFalse();
        assertThat(condition.isMetBy(null)).isFalse();
        assertThat(condition.isMetBy(List.of("CE1", "CP"))).isTrue();
        assertThat(new Condition("allergies", "non").isMetBy(false)).isTrue();
        assertThat(new Condition("allergies", "non").isMetBy("oui")).isFalse();
    }
}
