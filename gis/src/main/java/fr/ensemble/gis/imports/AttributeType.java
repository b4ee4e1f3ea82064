package fr.ensemble.gis.imports;

import java.time.temporal.Temporal;
import java.util.Date;

/** The type inferred for an attribute from its values. */
public enum AttributeType {
    TEXT("texte"),
    INTEGER("nombre entier"),
    DECIMAL("nombre décimal"),
    BOOLEAN("booléen"),
    DATE("date");

    private final String label;

    AttributeType(String label) {
        this.label = label;
    }

    /** In French, for the wizard. */
    public String label() {
        return label;
    }

    static AttributeType of(Object value) {
        return switch (value) {
            case Long l -> INTEGER;
            case Integer i -> INTEGER;
            case Number n -> DECIMAL;
            case Boolean b -> BOOLEAN;
            case Temporal t -> DATE;
            case Date d -> DATE;
            default -> TEXT;
        };
    }

    /** The narrowest type holding values of both: integers widen to decimals, any other mix to text. */
    AttributeType widen(AttributeType other) {
        if (this == other) {
            return this;
        }
        boolean numbers = (this == INTEGER || this == DECIMAL) && (other == INTEGER || other == DECIMAL);
        return numbers ? DECIMAL : TEXT;
    }
}
