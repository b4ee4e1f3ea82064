package fr.ensemble.demarches.domain.form;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A numbered version of a procedure's form. A draft ({@code publishedAt} null) may be revised; a
 * published one never changes, because the requests filed with it keep pointing at it: it can only
 * be followed by a new draft numbered one more.
 */
public record FormVersion(int number, FormDefinition definition, Instant publishedAt) {

    public FormVersion {
        if (number < 1) {
            throw new IllegalArgumentException("Version number must be at least 1: " + number);
        }
        Objects.requireNonNull(definition, "definition");
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public FormVersion revise(FormDefinition changed) {
        if (isPublished()) {
            throw new IllegalStateException("La version " + number + " du formulaire est publiée : elle ne peut plus"
                    + " être modifiée. Créez une nouvelle version pour la changer.");
        }
        return new FormVersion(number, changed, null);
    }

    /** The version made public, once {@link FormDefinitions#check} finds nothing wrong with it. */
    public FormVersion publish(Instant at) {
        if (isPublished()) {
            throw new IllegalStateException("La version " + number + " du formulaire est déjà publiée.");
        }
        List<String> problems = FormDefinitions.check(definition);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Le formulaire ne peut pas être publié : " + String.join(" ", problems));
        }
        return new FormVersion(number, definition, Objects.requireNonNull(at, "at"));
    }

    /** The draft that follows a published version, starting from its definition. */
    public FormVersion nextDraft() {
        if (!isPublished()) {
            throw new IllegalStateException("La version " + number + " est encore un brouillon : modifiez-la directement.");
        }
        return new FormVersion(number + 1, definition, null);
    }
}
