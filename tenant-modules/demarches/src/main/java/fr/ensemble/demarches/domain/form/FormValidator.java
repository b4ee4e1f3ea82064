package fr.ensemble.demarches.domain.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a resident's answers against a form, field by field, in French. Answers come as a browser
 * form sends them (see {@link AnswerRules}). A field whose condition does not hold is hidden: it is
 * neither validated nor kept, so a stale answer given before the resident changed their mind is
 * never stored.
 */
public final class FormValidator {

    private FormValidator() {
    }

    /** The errors of the visible fields, in the form's order; empty when the answers can be filed. */
    public static List<FieldError> validate(FormDefinition form, Map<String, Object> answers) {
        var errors = new ArrayList<FieldError>();
        walk(form.topLevelFields(), answers, Map.of(), "", errors);
        return errors;
    }

    /** The answers of the visible fields only, repeatable items included: what may be stored. */
    public static Map<String, Object> visibleAnswers(FormDefinition form, Map<String, Object> answers) {
        return walk(form.topLevelFields(), answers, Map.of(), "", new ArrayList<>());
    }

    /**
     * Goes through the fields in order, so that a condition (which names an earlier field) is decided
     * by what is visible so far: a field that depends on a hidden one is hidden too.
     *
     * @param outer the visible answers around a repeatable item, which its children's conditions may name
     */
    private static Map<String, Object> walk(List<FormField> fields, Map<?, ?> answers, Map<String, Object> outer,
            String prefix, List<FieldError> errors) {
        var visible = new LinkedHashMap<String, Object>();
        for (FormField field : fields) {
            if (!isShown(field, visible, outer)) {
                continue;
            }
            String name = prefix + field.id();
            Object value = answers.get(field.id());
            if (field.type() == FieldType.REPEATABLE) {
                value = items(field, value, visible, name, errors);
            } else {
                AnswerRules.check(field, value, name, errors);
            }
            if (value != null && field.type() != FieldType.INFORMATION) {
                visible.put(field.id(), value);
            }
        }
        return visible;
    }

    private static boolean isShown(FormField field, Map<String, Object> visible, Map<String, Object> outer) {
        Condition condition = field.showWhen();
        if (condition == null) {
            return true;
        }
        Object answer = visible.containsKey(condition.field()) ? visible.get(condition.field()) : outer.get(condition.field());
        return condition.isMetBy(answer);
    }

    /** Each item validated against the block's children; the visible part of each item, or null. */
    private static List<Map<String, Object>> items(FormField block, Object value, Map<String, Object> outer,
            String name, List<FieldError> errors) {
        if (AnswerRules.isEmpty(value)) {
            if (block.required()) {
                errors.add(new FieldError(name, AnswerRules.REQUIRED));
            }
            return null;
        }
        if (!(value instanceof List<?> list)) {
            errors.add(new FieldError(name, AnswerRules.INVALID));
            return null;
        }
        var kept = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> item) {
                kept.add(walk(block.fields(), item, outer, name + "[" + i + "].", errors));
            } else {
                errors.add(new FieldError(name + "[" + i + "]", AnswerRules.INVALID));
            }
        }
        return kept;
    }
}
