package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.FormBuilder;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.form.FieldType;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormField;
import fr.ensemble.demarches.domain.form.FormPage;
import fr.ensemble.demarches.domain.form.FormSection;
import fr.ensemble.demarches.domain.form.FormVersion;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The form builder: a commune admin changes a draft and publishes it as a new version; new requests use it,
 * requests already filed keep theirs; a draft with mistakes is not published; only admins build forms.
 */
@IntegrationTest
class FormBuilderIT {

    private static final List<String> PANTIN_ADMIN = List.of("pantin:agent", "pantin:admin");

    @Autowired
    FormBuilder builder;

    @Autowired
    Catalogue catalogue;

    @Autowired
    RequestFiling filing;

    @Test
    void aPublishedChangeAppliesToNewRequestsOnly() throws Exception {
        Map<String, Object> answers = TenantContext.call("pantin", () -> answersTo(catalogue.currentForm(
                catalogue.find("benevolat").orElseThrow()).orElseThrow().definition()));
        var before = Acting.as("alice", List.of(), () -> TenantContext.call("pantin",
                () -> filing.file("benevolat", answers, "alice@example.org", UUID.randomUUID().toString())));

        int published = Acting.as("admin.pantin", PANTIN_ADMIN, () -> TenantContext.call("pantin", () -> {
            Procedure procedure = catalogue.find("benevolat").orElseThrow();
            FormVersion draft = builder.draft(procedure);
            assertThat(draft.isPublished()).isFalse();
            List<FormField> fields = new ArrayList<>(draft.definition().allFields());
            fields.add(new FormField("quartier_" + draft.number(), FieldType.TEXT, "Votre quartier", null, true, List.of(), null, null, null,
                    null, null, null, List.of(), null));
            builder.saveDraft(procedure, new FormDefinition(List.of(new FormPage("Votre proposition",
                    List.of(new FormSection(null, fields))))));
            assertThat(builder.publish(procedure)).isEmpty();
            assertThat(builder.publish(procedure)).singleElement().asString().contains("Aucune modification");
            return draft.number();
        }));

        assertThatThrownBy(() -> Acting.as("alice", List.of(), () -> TenantContext.call("pantin",
                () -> filing.file("benevolat", answers, "alice@example.org", null))))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("obligatoire");
        try (Connection superuser = LocalStack.superuser("ensemble"); var result = superuser.createStatement().executeQuery(
                "SELECT form_number FROM t_pantin.request WHERE tracking_number = '" + before.getTrackingNumber() + "'")) {
            result.next();
            assertThat(result.getInt(1)).as("the earlier request keeps its version").isLessThan(published);
        }
    }

    /** Every field of the current version answered (the test may run again on a form it changed before). */
    private static Map<String, Object> answersTo(FormDefinition form) {
        Map<String, Object> answers = new HashMap<>();
        form.allFields().forEach(field -> answers.put(field.id(), field.type() == FieldType.EMAIL ? "alice@example.org" : "Le samedi"));
        return answers;
    }

    @Test
    void aDraftWithMistakesIsNotPublishedAndOnlyAdminsBuildForms() {
        Acting.as("admin.pantin", PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> {
            Procedure procedure = catalogue.find("sejours-jeunesse").orElseThrow();
            FormField twice = new FormField("prenom", FieldType.TEXT, "Prénom", null, true, List.of(), null, null, null, null,
                    null, null, List.of(), null);
            builder.saveDraft(procedure, new FormDefinition(List.of(new FormPage(null, List.of(new FormSection(null,
                    List.of(twice, twice)))))));
            assertThat(builder.publish(procedure)).isNotEmpty().anySatisfy(problem -> assertThat(problem).contains("prenom"));
            assertThat(builder.draft(procedure).isPublished()).isFalse();
        }));

        assertThatThrownBy(() -> Acting.as("agent.pantin", List.of("pantin:agent", "pantin:instructeur"),
                () -> TenantContext.call("pantin", builder::procedures))).isInstanceOf(AccessDeniedException.class);
    }
}
