package fr.ensemble.demarches.domain.form;

import java.util.List;

/** A titled group of fields within a page. */
public record FormSection(String title, List<FormField> fields) {

    public FormSection {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
