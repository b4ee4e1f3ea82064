package fr.ensemble.demarches.domain.form;

import java.util.List;

/** One step of the form as the resident goes through it. */
public record FormPage(String title, List<FormSection> sections) {

    public FormPage {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
