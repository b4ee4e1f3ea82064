package fr.ensemble.demarches.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrefillTest {

    @Test
    void fieldsNamingAProfileKeyStartWithTheProfileValue() {
        Map<String, String> profile = Map.of("givenName", "Aminata", "familyName", "Diallo",
                "email", "aminata.diallo@exemple.fr", "streetAddress", "12 rue Hoche", "postalCode", "93500",
                "city", "Pantin", "birthDate", "1988-05-02", "phone", " ");

        Map<String, Object> answers = Prefill.answers(SchoolEnrolment.form(), profile);

        assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of(
                "nom", "Diallo",
                "prenom", "Aminata",
                "email", "aminata.diallo@exemple.fr",
                "adresse", Map.of("street", "12 rue Hoche", "postalCode", "93500", "city", "Pantin"),
                "naissance_responsable", "1988-05-02"));
    }

    @Test
    void anEmptyProfileFillsNothing() {
        assertThat(Prefill.answers(SchoolEnrolment.form(), Map.of())).isEmpty();
    }

    @Test
    void prefilledAnswersPassValidation() {
        Map<String, Object> answers = new java.util.HashMap<>(SchoolEnrolment.answers());
        answers.putAll(Prefill.answers(SchoolEnrolment.form(), Map.of("familyName", "Traoré", "phone", "0148000000",
                "streetAddress", "1 place de la Mairie", "postalCode", "93100", "city", "Montreuil")));

        assertThat(FormValidator.validate(SchoolEnrolment.form(), answers)).isEmpty();
        assertThat(answers).containsEntry("nom", "Traoré");
    }
}
