package fr.ensemble.ui.participation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ensemble.participation.domain.ConsultationQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A consultation's questionnaire as fields: radio buttons, checkboxes, a text area, a 1–5 scale as radio buttons,
 * and a ranking as one select per rank. Gives the answers by question id and shows French errors per question.
 */
class ConsultationForm extends Div {

    private final Map<Long, Supplier<Object>> values = new LinkedHashMap<>();
    private final Map<Long, HasValidation> fields = new LinkedHashMap<>();

    ConsultationForm(List<ConsultationQuestion> questions) {
        setId("questionnaire");
        questions.forEach(question -> add(field(question)));
    }

    private Component field(ConsultationQuestion question) {
        String label = question.getLabel() + (question.isRequired() ? "" : " (facultatif)");
        return switch (question.getKind()) {
            case SINGLE -> register(question, new RadioButtonGroup<String>(label, question.getChoices()), group -> group::getValue);
            case MULTIPLE -> register(question, new CheckboxGroup<String>(label, question.getChoices()),
                    group -> () -> question.getChoices().stream().filter(group.getValue()::contains).toList());
            case TEXT -> {
                var text = new TextArea(label);
                text.setMaxLength(3000);
                text.setWidthFull();
                yield register(question, text, area -> area::getValue);
            }
            case SCALE -> {
                var scale = new RadioButtonGroup<Integer>(label + " — de 1 (pas du tout) à 5 (tout à fait)", 1, 2, 3, 4, 5);
                yield register(question, scale, group -> group::getValue);
            }
            case RANKING -> ranking(question, label);
        };
    }

    private Component ranking(ConsultationQuestion question, String label) {
        var block = new Div();
        block.getElement().setAttribute("role", "group");
        block.getElement().setAttribute("aria-label", label);
        block.add(new com.vaadin.flow.component.html.Paragraph(label + " : choisissez un choix par rang, du préféré au moins préféré."));
        List<Select<String>> ranks = new ArrayList<>();
        for (int rank = 1; rank <= question.getChoices().size(); rank++) {
            var select = new Select<String>();
            select.setLabel("Rang " + rank);
            select.setItems(question.getChoices());
            ranks.add(select);
            block.add(select);
        }
        values.put(question.getId(), () -> ranks.stream().allMatch(select -> select.getValue() == null) ? null
                : ranks.stream().map(Select::getValue).toList());
        fields.put(question.getId(), ranks.getFirst());
        return block;
    }

    private <C extends Component & HasValidation> C register(ConsultationQuestion question, C field,
            java.util.function.Function<C, Supplier<?>> value) {
        field.setId("question-" + question.getId());
        Supplier<?> supplier = value.apply(field);
        values.put(question.getId(), () -> {
            Object answer = supplier.get();
            return answer instanceof String text && text.isBlank() ? null : answer;
        });
        fields.put(question.getId(), field);
        return field;
    }

    Map<Long, Object> answers() {
        Map<Long, Object> answers = new LinkedHashMap<>();
        values.forEach((question, value) -> {
            Object answer = value.get();
            if (answer != null && !(answer instanceof List<?> list && list.isEmpty())) {
                answers.put(question, answer);
            }
        });
        return answers;
    }

    void showErrors(Map<Long, String> errors) {
        fields.forEach((question, field) -> {
            field.setErrorMessage(errors.get(question));
            field.setInvalid(errors.containsKey(question));
        });
    }
}
