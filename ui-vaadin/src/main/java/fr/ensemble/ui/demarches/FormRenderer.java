package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormField;
import fr.ensemble.demarches.domain.form.FormPage;
import fr.ensemble.demarches.domain.form.FormSection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Draws a form version with Vaadin's fields (labels, help texts, required marks), shows a field only when its
 * condition holds, collects the answers as the validator expects them and puts each French error next to its
 * field. Files and addresses are
 * taken by the inputs the page makes ({@link FileInput}, {@link AddressInput}).
 */
class FormRenderer {

    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final Function<FormField, Input> pageInputs;
    private Runnable changed = () -> {
    };

    /**
     * @param pageInputs makes the input of a FILE field (the page stores uploads for its tenant) and of an ADDRESS
     *     field (with the page's map, if any)
     */
    FormRenderer(Function<FormField, Input> pageInputs) {
        this.pageInputs = pageInputs;
    }

    Component render(FormDefinition form, Map<String, Object> initial) {
        var body = new Div();
        for (FormPage page : form.pages()) {
            var pageSection = new Section();
            if (page.title() != null) {
                pageSection.add(new H2(page.title()));
            }
            for (FormSection section : page.sections()) {
                if (section.title() != null) {
                    pageSection.add(new H3(section.title()));
                }
                section.fields().forEach(field -> pageSection.add(add(field, initial.get(field.id())).component()));
            }
            body.add(pageSection);
        }
        refreshVisibility();
        return body;
    }

    /** Called after each change of an answer (to save a draft). */
    void onChange(Runnable listener) {
        changed = listener;
        inputs.values().stream().filter(BlockInput.class::isInstance).forEach(block -> ((BlockInput) block).onChange(listener));
    }

    Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        inputs.forEach((id, input) -> {
            Object value = input.value();
            if (value != null && !"".equals(value)) {
                answers.put(id, value);
            }
        });
        return answers;
    }

    /** @return the errors that belong to no field shown here (said at the top of the form) */
    List<FieldError> showErrors(List<FieldError> errors) {
        inputs.values().forEach(input -> input.error(null));
        inputs.values().stream().filter(RepeatableInput.class::isInstance)
                .forEach(block -> ((RepeatableInput) block).showItemErrors(errors));
        List<FieldError> general = new ArrayList<>();
        for (FieldError error : errors) {
            String id = error.field().split("[\\[.]")[0];
            Input input = inputs.get(id);
            if (input == null) {
                general.add(error);
            } else if (!(input instanceof RepeatableInput && error.field().contains("["))) {
                input.error(error.message());
            }
        }
        return general;
    }

    private Input add(FormField field, Object initial) {
        Input input = switch (field.type()) {
            case TEXT, PHONE, NUMBER -> text(field, new TextField(field.label()), initial);
            case EMAIL -> text(field, new EmailField(field.label()), initial);
            case LONG_TEXT -> text(field, new TextArea(field.label()), initial);
            case DATE -> date(field, initial);
            case SINGLE_CHOICE -> choice(field, field.options(), initial);
            case YES_NO -> choice(field, List.of("oui", "non"), initial);
            case MULTIPLE_CHOICE -> choices(field, initial);
            case ADDRESS, FILE -> pageInputs.apply(field);
            case REPEATABLE -> new RepeatableInput(field, pageInputs);
            case INFORMATION -> Input.information(field);
        };
        if (initial != null && input instanceof BlockInput block) {
            block.restore(initial);
        }
        inputs.put(field.id(), input);
        if (input.component() instanceof HasValue<?, ?> value) {
            value.addValueChangeListener(change -> {
                refreshVisibility();
                changed.run();
            });
        }
        return input;
    }

    private void refreshVisibility() {
        Map<String, Object> answers = answers();
        inputs.values().forEach(input -> {
            var condition = input.field().showWhen();
            input.component().setVisible(condition == null || holds(answers.get(condition.field()), condition.equals()));
        });
    }

    private static boolean holds(Object answer, String expected) {
        if (answer instanceof Collection<?> chosen) {
            return chosen.contains(expected);
        }
        return answer != null && Objects.toString(answer).equalsIgnoreCase(expected);
    }

    private static <C extends Component & HasValue<?, String> & HasValidation> Input text(FormField field, C component,
            Object initial) {
        if (initial != null) {
            component.setValue(initial.toString());
        }
        return Input.of(field, component, component::getValue);
    }

    private static Input date(FormField field, Object initial) {
        var picker = new DatePicker(field.label());
        picker.setLocale(Locale.FRANCE);
        picker.setPlaceholder("JJ/MM/AAAA");
        if (initial != null) {
            try {
                picker.setValue(LocalDate.parse(initial.toString()));
            } catch (DateTimeParseException notADate) {
                // an answer kept from another version of the form: the field starts empty
            }
        }
        return Input.of(field, picker, () -> picker.getValue() == null ? null : picker.getValue().toString());
    }

    private static Input choice(FormField field, List<String> options, Object initial) {
        var group = new RadioButtonGroup<String>(field.label());
        group.setItems(options);
        if (initial != null && options.contains(initial.toString())) {
            group.setValue(initial.toString());
        }
        return Input.of(field, group, group::getValue);
    }

    private static Input choices(FormField field, Object initial) {
        var group = new CheckboxGroup<String>(field.label());
        group.setItems(field.options());
        if (initial instanceof Collection<?> chosen) {
            group.setValue(chosen.stream().map(String::valueOf).filter(field.options()::contains)
                    .collect(Collectors.toSet()));
        }
        return Input.of(field, group, () -> group.getValue().isEmpty() ? null : List.copyOf(group.getValue()));
    }

    /** One field's component, its answer and its error. */
    interface Input {

        FormField field();

        Component component();

        Object value();

        /** @param message French, or null to clear */
        void error(String message);

        static <C extends Component & HasValidation> Input of(FormField field, C component,
                Supplier<Object> value) {
            if (component instanceof HasHelper helper && field.help() != null) {
                helper.setHelperText(field.help());
            }
            if (component instanceof HasValue<?, ?> hasValue) {
                hasValue.setRequiredIndicatorVisible(field.required());
            }
            component.setId("champ-" + field.id());
            return new Input() {
                public FormField field() {
                    return field;
                }

                public Component component() {
                    return component;
                }

                public Object value() {
                    return value.get();
                }

                public void error(String message) {
                    component.setErrorMessage(message);
                    component.setInvalid(message != null);
                }
            };
        }

        static Input information(FormField field) {
            var text = new Paragraph(field.label());
            return new Input() {
                public FormField field() {
                    return field;
                }

                public Component component() {
                    return text;
                }

                public Object value() {
                    return null;
                }

                public void error(String message) {
                    // nothing to fill, nothing to correct
                }
            };
        }
    }
}
