package fr.ensemble.demarches.domain.form;

import static fr.ensemble.demarches.domain.form.FieldBuilder.field;
import static fr.ensemble.demarches.domain.form.FieldBuilder.form;
import static fr.ensemble.demarches.domain.form.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class FormDefinitionsTest {

    @Test
    void jsonRoundTripGivesAnEqualForm() {
        FormDefinition form = SchoolEnrolment.form();

        String json = FormDefinitions.toJson(form);

        assertThat(FormDefinitions.fromJson(json)).isEqualTo(form);
        assertThat(json).contains("\"type\":\"REPEATABLE\"", "\"showWhen\":{\"field\":\"a_justificatif\",\"equals\":\"oui\"}")
                .doesNotContain("null", "\"options\":[]");
    }

    @Test
    void readsTheStoredFormatWithDefaults() {
        FormDefinition form = FormDefinitions.fromJson("""
                {"pages":[{"title":"Pièces","sections":[{"title":"Justificatifs","fields":[
                  {"id":"piece","type":"FILE","label":"Pièce d'identité","required":true},
                  {"id":"age","type":"NUMBER","label":"Âge","min":0,"max":120}
                ]}]}]}""");

        FormField piece = form.field("piece").orElseThrow();
        assertThat(piece.maxBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(piece.required()).isTrue();
        assertThat(piece.options()).isEmpty();
        assertThat(form.field("age").orElseThrow().max()).isEqualTo(120.0);
    }

    @Test
    void notAFormIsAnError() {
        assertThatThrownBy(() -> FormDefinitions.fromJson("{\"pages\": 12")).isInstanceOf(JacksonException.class);
    }

    @Test
    void allFieldsGoesDepthFirstThroughRepeatableBlocks() {
        FormDefinition form = SchoolEnrolment.form();

        assertThat(form.allFields()).extracting(FormField::id).containsSequence(
                "explication", "enfants", "prenom_enfant", "date_naissance", "niveau", "allergies",
                "precisions_allergies", "personnes_foyer");
        assertThat(form.allFields()).hasSize(19);
        assertThat(form.field("date_naissance")).map(FormField::type).contains(DATE);
        assertThat(form.field("inconnu")).isEmpty();
    }

    @Test
    void aRealisticFormHasNoProblem() {
        assertThat(FormDefinitions.check(SchoolEnrolment.form())).isEmpty();
    }

    @Test
    void duplicateIdsAreReported() {
        var form = form(field("nom", TEXT),
                field("enfants", REPEATABLE).children(field("nom", TEXT)));

        assertThat(FormDefinitions.check(form)).containsExactly("L'identifiant « nom » est utilisé par plusieurs champs.");
    }

    @Test
    void badIdsAreReported() {
        var form = form(field("Nom", TEXT).label("Nom"), field("1er", TEXT), field("prénom", TEXT), field("ok_2", TEXT));

        assertThat(FormDefinitions.check(form)).hasSize(3)
                .allSatisfy(problem -> assertThat(problem).contains("identifiant invalide"))
                .first().asString().startsWith("Le champ « Nom » (Nom)");
    }

    @Test
    void choicesWithoutOptionsAreReported() {
        var form = form(field("niveau", SINGLE_CHOICE).label("Niveau"), field("services", MULTIPLE_CHOICE),
                field("regime", SINGLE_CHOICE).options("Standard"));

        assertThat(FormDefinitions.check(form)).containsExactly(
                "Le champ « Niveau » (niveau) est un choix sans aucune option.",
                "Le champ « services » est un choix sans aucune option.");
    }

    @Test
    void conditionsMustNameAnEarlierFieldThatExists() {
        var form = form(
                field("justificatif", FILE).showWhen("a_justificatif", "oui"),
                field("a_justificatif", YES_NO),
                field("precisions", TEXT).showWhen("allergie", "oui"),
                field("enfants", REPEATABLE).children(field("allergies", YES_NO)),
                field("menu", TEXT).showWhen("allergies", "oui"));

        assertThat(FormDefinitions.check(form)).containsExactly(
                "Le champ « justificatif » dépend du champ « a_justificatif », placé après lui : il doit dépendre d'un champ placé avant.",
                "Le champ « precisions » dépend du champ « allergie », qui n'existe pas.",
                "Le champ « menu » dépend du champ « allergies », qui est dans un bloc répétable dont il ne fait pas partie.");
    }

    @Test
    void conditionsInsideABlockMayNameAnEarlierSiblingOrAnEarlierTopLevelField() {
        var form = form(
                field("cantine", YES_NO),
                field("enfants", REPEATABLE).children(
                        field("allergies", YES_NO),
                        field("precisions", TEXT).showWhen("allergies", "oui"),
                        field("regime", TEXT).showWhen("cantine", "oui"),
                        field("avant", TEXT).showWhen("apres", "oui"),
                        field("apres", YES_NO)));

        assertThat(FormDefinitions.check(form)).containsExactly(
                "Le champ « avant » dépend du champ « apres », placé après lui : il doit dépendre d'un champ placé avant.");
    }

    @Test
    void patternsThatDoNotCompileAreReported() {
        var form = form(field("caf", TEXT).pattern("\\d{7", "7 chiffres"), field("ok", TEXT).pattern("\\d{7}", null));

        assertThat(FormDefinitions.check(form)).containsExactly("Le champ « caf » a un motif de saisie invalide : « \\d{7 ».");
    }

    @Test
    void minAboveMaxIsReported() {
        var form = form(field("age", NUMBER).min(18).max(3), field("foyer", NUMBER).min(1).max(1));

        assertThat(FormDefinitions.check(form)).containsExactly("Le champ « age » a un minimum plus grand que son maximum.");
    }

    @Test
    void prefillMustNameAProfileKey() {
        var form = form(field("nom", TEXT).prefill("lastName"), field("prenom", TEXT).prefill("givenName"));

        assertThat(FormDefinitions.check(form)).containsExactly(
                "Le champ « nom » se pré-remplit avec « lastName », qui n'est pas une donnée du profil.");
    }

    @Test
    void repeatableBlocksNeedChildrenAndCannotNest() {
        var form = form(field("vide", REPEATABLE),
                field("enfants", REPEATABLE).children(field("freres", REPEATABLE).children(field("prenom", TEXT))));

        assertThat(FormDefinitions.check(form)).containsExactly(
                "Le champ « vide » est un bloc répétable sans aucun champ.",
                "Le champ « enfants » contient un autre bloc répétable, ce qui n'est pas possible.");
    }
}
