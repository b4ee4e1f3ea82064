package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.StoredFile;
import java.util.List;
import java.util.Map;

/** A request's answers under their fields' labels, in the form's order: the summary and the agent's view. */
final class AnswersList {

    private AnswersList() {
    }

    static UnorderedList of(FormDefinition form, Map<String, Object> answers) {
        var list = new UnorderedList();
        form.topLevelFields().stream().filter(field -> answers.containsKey(field.id()))
                .forEach(field -> list.add(new ListItem(field.label() + " : " + text(answers.get(field.id())))));
        return list;
    }

    private static String text(Object value) {
        return switch (value) {
            case StoredFile file -> "fichier « " + file.name() + " »";
            case Map<?, ?> map when map.containsKey("storageKey") -> "fichier « " + map.get("name") + " »";
            case Map<?, ?> map -> String.join(", ", map.values().stream().map(String::valueOf).toList());
            case List<?> items -> String.join(" ; ", items.stream().map(AnswersList::text).toList());
            default -> String.valueOf(value);
        };
    }
}
