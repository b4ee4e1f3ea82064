package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormField;
import fr.ensemble.demarches.domain.form.FormPage;
import fr.ensemble.demarches.domain.form.FormSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A block answered as many times as needed (e.g. one per child), each item a small form of its own. */
class RepeatableInput extends BlockInput {

    private final FormField field;
    private final Function<FormField, FormRenderer.Input> files;
    private final List<FormRenderer> items = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph error = new Paragraph();

    RepeatableInput(FormField field, Function<FormField, FormRenderer.Input> files) {
        super(field);
        this.field = field;
        this.files = files;
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        var add = new Button("Ajouter : " + field.label().toLowerCase(), click -> addItem());
        block().add(new Paragraph(field.label() + (field.required() ? " (au moins un)" : "")), list, add, error);
        addItem(Map.of());
    }

    @Override
    void restore(Object value) {
        if (value instanceof List<?> saved && !saved.isEmpty()) {
            items.clear();
            list.removeAll();
            saved.stream().filter(Map.class::isInstance).forEach(item -> addItem(answersOf((Map<?, ?>) item)));
        }
    }


    private static Map<String, Object> answersOf(Map<?, ?> item) {
        Map<String, Object> answers = new LinkedHashMap<>();
        item.forEach((key, value) -> answers.put(String.valueOf(key), value));
        return answers;
    }

    private void addItem() {
        addItem(Map.of());
    }

    private void addItem(Map<String, Object> initial) {
        var renderer = new FormRenderer(files);
        var form = new FormDefinition(List.of(new FormPage(null, List.of(new FormSection(null, field.fields())))));
        String name = field.label() + " " + (items.size() + 1);
        var item = new Div(new Paragraph(name), renderer.render(form, initial));
        renderer.onChange(this::changed);
        item.getElement().setAttribute("role", "group");
        item.getElement().setAttribute("aria-label", name);
        item.addClassName("bloc-repetable");
        items.add(renderer);
        list.add(item);
    }

    @Override
    public Object value() {
        List<Map<String, Object>> answers = items.stream().map(FormRenderer::answers).filter(item -> !item.isEmpty()).toList();
        return answers.isEmpty() ? null : answers;
    }

    /** An item's error ({@code enfants[1].prenom}) goes to that item's field; the block's own one below it. */
    @Override
    public void error(String message) {
        error.setText(message == null ? "" : message);
    }

    void showItemErrors(List<FieldError> errors) {
        for (int index = 0; index < items.size(); index++) {
            String prefix = field.id() + "[" + index + "].";
            items.get(index).showErrors(errors.stream().filter(e -> e.field().startsWith(prefix))
                    .map(e -> new FieldError(e.field().substring(prefix.length()), e.message())).toList());
        }
    }
}
