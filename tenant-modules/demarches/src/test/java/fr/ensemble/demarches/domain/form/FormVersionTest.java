package fr.ensemble.demarches.domain.form;

import static fr.ensemble.demarches.domain.form.FieldBuilder.field;
import static fr.ensemble.demarches.domain.form.FieldBuilder.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormVersionTest {

    private static final Instant PUBLISHED = Instant.parse("2026-09-01T08:00:00Z");
    private final FormDefinition original = SchoolEnrolment.form();
    private final FormDefinition changed = form(field("nom", FieldType.TEXT).required());

    @Test
    void aDraftCanBeRevised() {
        FormVersion draft = new FormVersion(1, original, null);

        FormVersion revised = draft.revise(changed);

        assertThat(draft.isPublished()).isFalse();
        assertThat(revised).isEqualTo(new FormVersion(1, changed, null));
    }

    @Test
    void aPublishedVersionCannotBeRevised() {
        FormVersion published = new FormVersion(3, original, PUBLISHED);

        assertThat(published.isPublished()).isTrue();
        assertThatThrownBy(() -> published.revise(changed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("La version 3 du formulaire est publiée : elle ne peut plus être modifiée."
                        + " Créez une nouvelle version pour la changer.");
    }

    @Test
    void aPublishedVersionIsFollowedByADraftNumberedOneMore() {
        FormVersion next = new FormVersion(3, original, PUBLISHED).nextDraft().revise(changed);

        assertThat(next).isEqualTo(new FormVersion(4, changed, null));
        assertThatThrownBy(() -> new FormVersion(1, original, null).nextDraft()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void publishingNeedsAFormWithoutProblemsAndHappensOnce() {
        FormVersion published = new FormVersion(1, original, null).publish(PUBLISHED);

        assertThat(published.publishedAt()).isEqualTo(PUBLISHED);
        assertThatThrownBy(() -> published.publish(PUBLISHED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FormVersion(2, form(field("Nom", FieldType.TEXT)), null).publish(PUBLISHED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Le formulaire ne peut pas être publié : Le champ « Nom » a un identifiant invalide");
    }
}
