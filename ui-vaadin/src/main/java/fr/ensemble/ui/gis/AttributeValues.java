package fr.ensemble.ui.gis;

import fr.ensemble.gis.layer.LayerAttribute;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Attribute values as people type and read them in the table: French decimals, oui/non, ISO dates. */
final class AttributeValues {

    private AttributeValues() {
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Boolean yes -> yes ? "oui" : "non";
            case Double number -> String.valueOf(number).replace('.', ',');
            default -> value.toString();
        };
    }

    /** Why the typed text does not fit the attribute's type, in French; empty when it fits. */
    static Optional<String> check(LayerAttribute attribute, String value) {
        try {
            parse(attribute, value);
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.of(switch (attribute.type()) {
                case "nombre entier" -> "« " + attribute.label() + " » attend un nombre entier.";
                case "nombre décimal" -> "« " + attribute.label() + " » attend un nombre (virgule décimale acceptée).";
                case "booléen" -> "« " + attribute.label() + " » attend oui ou non.";
                default -> "« " + attribute.label() + " » attend une date AAAA-MM-JJ.";
            });
        }
    }

    static Object parse(LayerAttribute attribute, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        return switch (attribute.type()) {
            case "nombre entier" -> Long.parseLong(text);
            case "nombre décimal" -> Double.parseDouble(text.replace(',', '.'));
            case "booléen" -> switch (text.toLowerCase()) {
                case "oui", "vrai", "true" -> true;
                case "non", "faux", "false" -> false;
                default -> throw new IllegalArgumentException(text);
            };
            case "date" -> LocalDate.parse(text).toString();
            default -> text;
        };
    }
}
