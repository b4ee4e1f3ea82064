package fr.ensemble.demarches.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.demarches.domain.workflow.Workflow.Status;
import fr.ensemble.demarches.domain.workflow.Workflow.Transition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    private static final Set<String> INSTRUCTOR = Set.of("agent", "instructeur");

    private final Workflow civilRegistry = new Workflow(
            List.of(new Status("RECUE", "Reçue", "Reçue", false),
                    new Status("VERIFICATION", "Vérification", null, false),
                    new Status("DELIVREE", "Acte délivré", "Acte délivré", true),
                    new Status("REFUSEE", "Refusée", "Refusée", true)),
            List.of(new Transition("RECUE", "VERIFICATION", Set.of("instructeur"), false, false),
                    new Transition("VERIFICATION", "DELIVREE", Set.of("admin"), false, true),
                    new Transition("RECUE", "REFUSEE", Set.of("instructeur"), true, false)));

    @Test
    void movesAreAllowedByRoleWithTheirRequiredCommentAndDocument() {
        assertThat(civilRegistry.refusal("RECUE", "VERIFICATION", INSTRUCTOR, null, false)).isEmpty();
        assertThat(civilRegistry.refusal("RECUE", "DELIVREE", INSTRUCTOR, null, true))
                .contains("Une demande « Reçue » ne peut pas passer à « Acte délivré ».");
        assertThat(civilRegistry.refusal("VERIFICATION", "DELIVREE", INSTRUCTOR, null, true))
                .contains("Votre rôle ne permet pas de passer une demande à « Acte délivré ».");
        assertThat(civilRegistry.refusal("VERIFICATION", "DELIVREE", Set.of("admin"), null, false))
                .contains("Un document est obligatoire pour passer à « Acte délivré ».");
        assertThat(civilRegistry.refusal("VERIFICATION", "DELIVREE", Set.of("admin"), null, true)).isEmpty();
        assertThat(civilRegistry.refusal("RECUE", "REFUSEE", INSTRUCTOR, "  ", false))
                .contains("Un message à l'usager est obligatoire pour passer à « Refusée ».");
    }

    @Test
    void anAgentIsOfferedOnlyTheMovesOfTheirRoles() {
        assertThat(civilRegistry.allowedFrom("RECUE", INSTRUCTOR)).extracting(Transition::to).containsExactly("VERIFICATION", "REFUSEE");
        assertThat(civilRegistry.allowedFrom("VERIFICATION", INSTRUCTOR)).isEmpty();
        assertThat(civilRegistry.allowedFrom("VERIFICATION", Set.of("admin"))).extracting(Transition::to).containsExactly("DELIVREE");
    }

    @Test
    void anInternalStatusIsNotShownToTheResidentAndAnUnknownCodeStaysReadable() {
        assertThat(civilRegistry.status("VERIFICATION").visibleToResident()).isFalse();
        assertThat(civilRegistry.status("DELIVREE").visibleToResident()).isTrue();
        assertThat(civilRegistry.status("ANCIEN").label()).isEqualTo("ANCIEN");
    }

    @Test
    void theDefaultWorkflowIsSoundAndSurvivesItsJson() {
        assertThat(Workflow.DEFAULT.problems()).isEmpty();
        assertThat(Workflow.fromJson(Workflow.DEFAULT.toJson())).isEqualTo(Workflow.DEFAULT);
        assertThat(Workflow.fromJson(null)).isEqualTo(Workflow.DEFAULT);
        assertThat(Workflow.fromJson(civilRegistry.toJson())).isEqualTo(civilRegistry);
    }

    @Test
    void anUnsoundWorkflowIsExplainedInFrench() {
        var broken = new Workflow(
                List.of(new Status("RECUE", "Reçue", null, false), new Status("RECUE", "", "Encore", false),
                        new Status("en cours", "En cours", "En cours", false)),
                List.of(new Transition("RECUE", "FINIE", Set.of("instructeur"), false, false),
                        new Transition("RECUE", "RECUE", Set.of(), false, false)));

        assertThat(broken.problems()).containsExactly(
                "Le code « RECUE » est utilisé deux fois.",
                "Le statut « RECUE » n'a pas de libellé.",
                "Le code « en cours » doit être en majuscules, chiffres et _ (ex. EN_COURS).",
                "Le premier statut (celui d'une demande reçue) doit être visible de l'usager.",
                "Au moins un statut doit clore la demande.",
                "La transition RECUE → FINIE nomme un statut inconnu.",
                "La transition RECUE → RECUE ne change pas de statut.",
                "La transition RECUE → RECUE n'est permise à aucun rôle.");
        assertThat(new Workflow(List.of(), List.of()).problems()).containsExactly("Ajoutez au moins un statut.");
    }
}
