package fr.ensemble.demarches.domain.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A procedure's form: pages of sections of fields, as the commune admin arranged them. */
public record FormDefinition(List<FormPage> pages) {

    public FormDefinition {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** The fields of every page and section in order, without the children of repeatable blocks. */
    public List<FormField> topLevelFields() {
        return pages.stream()
                .flatMap(page -> page.sections().stream())
                .flatMap(section -> section.fields().stream())
                .toList();
    }

    /** Every field depth-first: a repeatable block is followed by its children. */
    public List<FormField> allFields() {
        var all = new ArrayList<FormField>();
        topLevelFields().forEach(field -> addWithChildren(field, all));
        return List.copyOf(all);
    }

    public Optional<FormField> field(String id) {
        return allFields().stream().filter(field -> Objects.equals(field.id(), id)).findFirst();
    }

    private static void addWithChildren(FormField field, List<FormField> all) {
        all.add(field);
        field.fields().forEach(child -> addWithChildren(child, all));
    }
}
