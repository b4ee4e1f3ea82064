package fr.ensemble.demarches.domain.form;

import java.util.List;

/** Builds a {@link FormField} without spelling out its fourteen components. */
final class FieldBuilder {

    private final String id;
    private final FieldType type;
    private String label;
    private boolean required;
    private List<String> options;
    private String pattern;
    private String patternMessage;
    private Double min;
    private Double max;
    private Condition showWhen;
    private String prefill;
    private List<FormField> fields;
    private Long maxBytes;

    private FieldBuilder(String id, FieldType type) {
        this.id = id;
        this.type = type;
    }

    static FieldBuilder field(String id, FieldType type) {
        return new FieldBuilder(id, type);
    }

    FieldBuilder label(String label) {
        this.label = label;
        return this;
    }

    FieldBuilder required() {
        this.required = true;
        return this;
    }

    FieldBuilder options(String... options) {
        this.options = List.of(options);
        return this;
    }

    FieldBuilder pattern(String pattern, String message) {
        this.pattern = pattern;
        this.patternMessage = message;
        return this;
    }

    FieldBuilder min(double min) {
        this.min = min;
        return this;
    }

    FieldBuilder max(double max) {
        this.max = max;
        return this;
    }

    FieldBuilder showWhen(String field, String equals) {
        this.showWhen = new Condition(field, equals);
        return this;
    }

    FieldBuilder prefill(String key) {
        this.prefill = key;
        return this;
    }

    FieldBuilder children(FieldBuilder... children) {
        this.fields = java.util.Arrays.stream(children).map(FieldBuilder::build).toList();
        return this;
    }

    FieldBuilder maxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
        return this;
    }

    FormField build() {
        return new FormField(id, type, label, null, required, options, pattern, patternMessage, min, max,
                showWhen, prefill, fields, maxBytes);
    }

    /** A one-page, one-section form of these fields. */
    static FormDefinition form(FieldBuilder... fields) {
        return new FormDefinition(List.of(new FormPage("Page", List.of(
                new FormSection("Section", java.util.Arrays.stream(fields).map(FieldBuilder::build).toList())))));
    }
}
