package fr.ensemble.gis.layer;

/**
 * One property of a layer's features.
 *
 * @param type {@code texte}, {@code nombre entier}, {@code nombre décimal}, {@code booléen} or {@code date}
 * @param label its French name in tables and popups
 */
public record LayerAttribute(String name, String type, String label) {
}
