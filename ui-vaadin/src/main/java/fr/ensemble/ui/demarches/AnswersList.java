package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ensemble.demarches.domain.form.AnswerLines;
import fr.ensemble.demarches.domain.form.FormDefinition;
import java.util.Map;

/** A request's answers under their fields' labels, in the form's order: the summary and the agent's view. */
final class AnswersList {

    private AnswersList() {
    }

    static UnorderedList of(FormDefinition form, Map<String, Object> answers) {
        var list = new UnorderedList();
        AnswerLines.of(form, answers).forEach(line -> list.add(new ListItem(line.label() + " : " + line.text())));
        return list;
    }
}
