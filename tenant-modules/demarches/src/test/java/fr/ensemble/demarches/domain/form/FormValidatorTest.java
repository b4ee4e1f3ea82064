package fr.ensemble.demarches.domain.form;

import static fr.ensemble.demarches.domain.form.FieldBuilder.field;
import static fr.ensemble.demarches.domain.form.FieldBuilder.form;
import static fr.ensemble.demarches.domain.form.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormValidatorTest {

    private final FormDefinition enrolment = SchoolEnrolment.form();
    private final Map<String, Object> answers = SchoolEnrolment.answers();

    private List<FieldError> errors() {
        return FormValidator.validate(enrolment, answers);
    }

    private static List<FieldError> errorsOf(FieldBuilder field, Object answer) {
        var answers = new HashMap<String, Object>();
        answers.put("champ", answer);
        return FormValidator.validate(form(field), answers);
    }

    private static FieldError error(String message) {
        return new FieldError("champ", message);
    }

    private static void assertPasses(FieldType type, Object answer) {
        assertThat(errorsOf(field("champ", type), answer)).isEmpty();
    }

    private static void assertRefused(FieldType type, Object answer, String message) {
        assertThat(errorsOf(field("champ", type), answer)).containsExactly(error(message));
    }

    @Test
    void completeAnswersPass() {
        assertThat(errors()).isEmpty();
    }

    @Test
    void requiredFieldsMustBeAnswered() {
        answers.remove("nom");
        answers.put("prenom", "   ");
        answers.put("enfants", List.of());
        answers.put("adresse", Map.of("street", "", "postalCode", "", "city", ""));
        answers.remove("a_justificatif");

        assertThat(errors()).containsExactly(
                new FieldError("nom", "Ce champ est obligatoire."),
                new FieldError("prenom", "Ce champ est obligatoire."),
                new FieldError("adresse", "Ce champ est obligatoire."),
                new FieldError("enfants", "Ce champ est obligatoire."),
                new FieldError("a_justificatif", "Ce champ est obligatoire."));
    }

    @Test
    void optionalFieldsMayBeLeftEmpty() {
        answers.remove("numero_allocataire");
        answers.put("naissance_responsable", "");

        assertThat(errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aminata", "aminata@exemple", "a b@exemple.fr", "aminata@@exemple.fr", "@exemple.fr"})
    void invalidEmailsAreRefused(String email) {
        assertRefused(EMAIL, email, "Saisissez une adresse e-mail valide (exemple : prenom.nom@exemple.fr).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prenom.nom@exemple.fr", "o'neil+demarches@mairie-pantin.fr", " a@b.co "})
    void validEmailsPass(String email) {
        assertPasses(EMAIL, email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01 23 45 67 89", "0612345678", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678", "+262 692 12 34 56"})
    void frenchPhoneNumbersPass(String phone) {
        assertPasses(PHONE, phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56", "00 12 34 56 78", "+44 20 7946 0958", "+33 06 12 34 56 78", "téléphone"})
    void otherPhoneNumbersAreRefused(String phone) {
        assertRefused(PHONE, phone, "Saisissez un numéro de téléphone français (exemple : 01 23 45 67 89 ou +33 1 23 45 67 89).");
    }

    @Test
    void numbersAreReadWithACommaOrAPointOrAsNumbers() {
        var number = field("champ", NUMBER).min(3).max(10);

        assertThat(errorsOf(number, "12,5")).containsExactly(error("La valeur doit être au plus 10."));
        assertThat(errorsOf(number, "2.5")).containsExactly(error("La valeur doit être au moins 3."));
        assertThat(errorsOf(number, 11)).containsExactly(error("La valeur doit être au plus 10."));
        assertThat(errorsOf(number, "7,5")).isEmpty();
        assertThat(errorsOf(number, 3)).isEmpty();
        assertThat(errorsOf(number, " 10 ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e5", "NaN", "12,", "1,2,3"})
    void notANumberIsRefused(String text) {
        assertRefused(NUMBER, text, "Saisissez un nombre.");
    }

    @Test
    void boundsWithDecimalsAreWrittenTheFrenchWay() {
        assertThat(errorsOf(field("champ", NUMBER).min(0.5), "0,25")).containsExactly(error("La valeur doit être au moins 0,5."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28", "28/11/2026", "29/02/2028"})
    void isoAndFrenchDatesPass(String date) {
        assertPasses(DATE, date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"28-11-2026", "2026-13-01", "31/02/2026", "29/02/2027", "28/11/26", "demain"})
    void otherDatesAreRefused(String date) {
        assertRefused(DATE, date, "Saisissez une date au format JJ/MM/AAAA.");
    }

    @Test
    void choicesMustBeAmongTheOptions() {
        answers.put("regime", "Sans gluten");
        answers.put("services", List.of("Cantine", "Garderie"));

        assertThat(errors()).containsExactly(
                new FieldError("services", "Choisissez parmi les options proposées."),
                new FieldError("regime", "Choisissez parmi les options proposées."));
    }

    @Test
    void aPatternGivesItsOwnMessageOrADefaultOne() {
        answers.put("numero_allocataire", "12345");
        assertThat(errors()).containsExactly(
                new FieldError("numero_allocataire", "Le numéro d'allocataire CAF comporte 7 chiffres."));

        assertThat(errorsOf(field("champ", TEXT).pattern("[A-Z]{2}\\d{4}", null), "ab1234"))
                .containsExactly(error("La valeur saisie n'a pas le format attendu."));
        assertThat(errorsOf(field("champ", TEXT).pattern("[A-Z]{2}\\d{4}", null), "AB1234")).isEmpty();
    }

    @Test
    void textsHaveAMaximumLengthAndOptionalBounds() {
        assertThat(errorsOf(field("champ", TEXT), "a".repeat(10_000))).isEmpty();
        assertThat(errorsOf(field("champ", TEXT), "a".repeat(10_001))).extracting(FieldError::message)
                .singleElement().asString().startsWith("Ce texte dépasse 10").endsWith("000 caractères.");
        assertThat(errorsOf(field("champ", LONG_TEXT), "a".repeat(100_000))).isEmpty();
        assertThat(errorsOf(field("champ", LONG_TEXT), "a".repeat(100_001))).hasSize(1);
        assertThat(errorsOf(field("champ", TEXT).min(3), "ab")).containsExactly(error("Saisissez au moins 3 caractères."));
        assertThat(errorsOf(field("champ", TEXT).max(5), "abcdef")).containsExactly(error("Saisissez au plus 5 caractères."));
    }

    @Test
    void yesNoTakesABooleanOrOuiNon() {
        assertPasses(YES_NO, true);
        assertPasses(YES_NO, "Non");
        assertRefused(YES_NO, "peut-être", "Répondez par oui ou par non.");
    }

    @Test
    void repeatableItemErrorsAreNamedWithTheirIndex() {
        answers.put("enfants", List.of(
                Map.of("prenom_enfant", "Moussa", "date_naissance", "2020-03-14", "niveau", "CP"),
                Map.of("date_naissance", "14/03/20", "niveau", "6e"),
                Map.of("prenom_enfant", "Awa", "date_naissance", "2017-09-12", "niveau", "CE2", "allergies", true)));

        assertThat(errors()).containsExactly(
                new FieldError("enfants[1].prenom_enfant", "Ce champ est obligatoire."),
                new FieldError("enfants[1].date_naissance", "Saisissez une date au format JJ/MM/AAAA."),
                new FieldError("enfants[1].niveau", "Choisissez parmi les options proposées."),
                new FieldError("enfants[2].precisions_allergies", "Ce champ est obligatoire."));
    }

    @Test
    void anAddressNeedsAStreetACityAndAFiveDigitPostalCode() {
        answers.put("adresse", Map.of("street", "12 rue Hoche", "postalCode", "935", "city", "Pantin"));
        assertThat(errors()).containsExactly(new FieldError("adresse.postalCode", "Le code postal doit comporter 5 chiffres."));

        answers.put("adresse", Map.of("postalCode", "93500"));
        assertThat(errors()).containsExactly(
                new FieldError("adresse.street", "Saisissez le numéro et le nom de la voie."),
                new FieldError("adresse.city", "Saisissez la commune."));
    }

    @Test
    void anAddressPointIsOptionalAndMustBeInFrance() {
        answers.put("adresse", Map.of("street", "12 rue Hoche", "postalCode", "93500", "city", "Pantin",
                "lon", 2.4036, "lat", 48.8938));
        assertThat(errors()).isEmpty();

        answers.put("adresse", Map.of("street", "12 rue Hoche", "postalCode", "93500", "city", "Pantin",
                "lon", 48.8938, "lat", 2.4036));
        assertThat(errors()).containsExactly(new FieldError("adresse",
                "Le repère sur la carte doit être placé en France : placez-le de nouveau."));

        answers.put("adresse", Map.of("street", "12 rue Hoche", "postalCode", "93500", "city", "Pantin", "lon", "est"));
        assertThat(errors()).hasSize(1);
    }

    @Test
    void aFileMustBeAnAcceptedTypeWithinItsLimit() {
        var file = field("champ", FILE).maxBytes(1024 * 1024);

        assertThat(errorsOf(file, new StoredFile("scan.pdf", FileChecks.PDF, 1024 * 1024, "k"))).isEmpty();
        assertThat(errorsOf(file, new StoredFile("scan.pdf", FileChecks.PDF, 1024 * 1024 + 1, "k")))
                .containsExactly(error("Le fichier dépasse 1 Mo."));
        assertThat(errorsOf(file, new StoredFile("scan.docx", FileChecks.UNKNOWN, 10, "k")))
                .containsExactly(error("Le fichier doit être un PDF, une image JPEG ou PNG."));
        assertThat(errorsOf(file, "scan.pdf")).containsExactly(error("Le fichier doit être un PDF, une image JPEG ou PNG."));
    }
}
