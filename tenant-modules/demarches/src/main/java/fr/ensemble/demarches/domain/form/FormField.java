package fr.ensemble.demarches.domain.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One question of a form.
 *
 * @param id        {@code ^[a-z][a-z0-9_]*$}, unique in the form; the key of the answer
 * @param options   the choices of a SINGLE_CHOICE or MULTIPLE_CHOICE field
 * @param pattern   a regular expression the whole answer of a text field must match
 * @param min       the least value of a NUMBER, the least length of a text
 * @param max       the greatest value of a NUMBER, the greatest length of a text
 * @param showWhen  the field is asked only when this holds; {@code null}: always asked
 * @param prefill   the resident-profile key ({@link Prefill#KEYS}) that fills the field in advance
 * @param fields    the children of a REPEATABLE block
 * @param maxBytes  the largest file a FILE field accepts, {@link #DEFAULT_MAX_BYTES} when not set
 */
public record FormField(
        String id,
        FieldType type,
        String label,
        String help,
        boolean required,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> options,
        String pattern,
        String patternMessage,
        Double min,
        Double max,
        Condition showWhen,
        String prefill,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FormField> fields,
        Long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (type == FieldType.FILE && maxBytes == null) {
            maxBytes = DEFAULT_MAX_BYTES;
        }
    }

    /** How the field is named to the admin in {@link FormDefinitions#check} problems. */
    String described() {
        return label == null || label.isBlank() ? "Le champ « " + id + " »" : "Le champ « " + label + " » (" + id + ")";
    }
}
