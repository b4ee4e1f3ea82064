package fr.ensemble.demarches.domain.form;

/**
 * A French message to show next to a field. {@code field} is the field's id; inside a repeatable
 * block {@code parent[index].child} (index from 0); for a part of an address {@code id.street},
 * {@code id.postalCode} or {@code id.city}.
 */
public record FieldError(String field, String message) {
}
