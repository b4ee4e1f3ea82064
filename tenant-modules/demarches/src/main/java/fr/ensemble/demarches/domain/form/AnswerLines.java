package fr.ensemble.demarches.domain.form;

import java.util.List;
import java.util.Map;

/** A request's answers as lines to read, under their fields' labels and in the form's order. */
public final class AnswerLines {

    private AnswerLines() {
    }

    public static List<Line> of(FormDefinition form, Map<String, Object> answers) {
        return form.topLevelFields().stream().filter(field -> answers.containsKey(field.id()))
                .map(field -> new Line(field.label(), text(answers.get(field.id())))).toList();
    }

    private static String text(Object value) {
        return switch (value) {
            case StoredFile file -> "fichier « " + file.name() + " »";
            case Map<?, ?> map when map.containsKey("storageKey") -> "fichier « " + map.get("name") + " »";
            case Map<?, ?> map -> String.join(", ", map.values().stream().map(String::valueOf).toList());
            case List<?> items -> String.join(" ; ", items.stream().map(AnswerLines::text).toList());
            default -> String.valueOf(value);
        };
    }

    /** A field's label and its answer. */
    public record Line(String label, String text) {
    }
}
