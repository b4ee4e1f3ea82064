package fr.ensemble.demarches.domain.form;

import static fr.ensemble.demarches.domain.form.FieldBuilder.field;
import static fr.ensemble.demarches.domain.form.FieldType.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** « Inscription scolaire », a realistic form, and a complete set of answers to it. */
final class SchoolEnrolment {

    private SchoolEnrolment() {
    }

    static FormDefinition form() {
        return new FormDefinition(List.of(
                new FormPage("Responsable légal", List.of(new FormSection("Vos coordonnées", List.of(
                        field("nom", TEXT).label("Nom").required().prefill("familyName").build(),
                        field("prenom", TEXT).label("Prénom").required().prefill("givenName").build(),
                        field("email", EMAIL).label("Adresse e-mail").required().prefill("email").build(),
                        field("telephone", PHONE).label("Téléphone").required().prefill("phone").build(),
                        field("adresse", ADDRESS).label("Adresse").required().prefill("streetAddress").build(),
                        field("naissance_responsable", DATE).label("Votre date de naissance").prefill("birthDate").build())))),
                new FormPage("Enfants", List.of(new FormSection("Enfants à inscrire", List.of(
                        field("explication", INFORMATION).label("Inscrivez chaque enfant scolarisé en maternelle ou en élémentaire.").build(),
                        field("enfants", REPEATABLE).label("Enfant").required().children(
                                field("prenom_enfant", TEXT).label("Prénom").required(),
                                field("date_naissance", DATE).label("Date de naissance").required(),
                                field("niveau", SINGLE_CHOICE).label("Niveau").required()
                                        .options("Petite section", "Moyenne section", "Grande section", "CP", "CE1", "CE2", "CM1", "CM2"),
                                field("allergies", YES_NO).label("Allergies alimentaires ?"),
                                field("precisions_allergies", LONG_TEXT).label("Lesquelles ?").required()
                                        .showWhen("allergies", "oui")).build(),
                        field("personnes_foyer", NUMBER).label("Nombre de personnes au foyer").required().min(1).max(12).build())))),
                new FormPage("Services et justificatifs", List.of(
                        new FormSection("Services périscolaires", List.of(
                                field("services", MULTIPLE_CHOICE).label("Services souhaités")
                                        .options("Cantine", "Accueil du matin", "Accueil du soir", "Centre de loisirs").build(),
                                field("regime", SINGLE_CHOICE).label("Régime alimentaire").required()
                                        .options("Standard", "Sans porc", "Végétarien").showWhen("services", "Cantine").build(),
                                field("numero_allocataire", TEXT).label("Numéro d'allocataire CAF")
                                        .pattern("\\d{7}", "Le numéro d'allocataire CAF comporte 7 chiffres.").build())),
                        new FormSection("Justificatifs", List.of(
                                field("a_justificatif", YES_NO).label("Avez-vous un justificatif de domicile ?").required().build(),
                                field("justificatif", FILE).label("Justificatif de domicile de moins de 3 mois").required()
                                        .showWhen("a_justificatif", "oui").build()))))));
    }

    /** Answers that pass every rule; a fresh mutable map for each test to spoil. */
    static Map<String, Object> answers() {
        var answers = new HashMap<String, Object>();
        answers.put("nom", "Diallo");
        answers.put("prenom", "Aminata");
        answers.put("email", "aminata.diallo@exemple.fr");
        answers.put("telephone", "06 12 34 56 78");
        answers.put("adresse", Map.of("street", "12 rue Hoche", "postalCode", "93500", "city", "Pantin",
                "lon", 2.4047, "lat", 48.8945));
        answers.put("enfants", List.of(
                Map.of("prenom_enfant", "Moussa", "date_naissance", "2020-03-14", "niveau", "Grande section",
                        "allergies", false),
                Map.of("prenom_enfant", "Awa", "date_naissance", "12/09/2017", "niveau", "CE2",
                        "allergies", "oui", "precisions_allergies", "Arachide")));
        answers.put("personnes_foyer", "4");
        answers.put("services", List.of("Cantine", "Accueil du soir"));
        answers.put("regime", "Végétarien");
        answers.put("numero_allocataire", "1234567");
        answers.put("a_justificatif", "oui");
        answers.put("justificatif", new StoredFile("facture-edf.pdf", FileChecks.PDF, 245_000, "demarches/2026/abc123"));
        return answers;
    }
}
