package fr.ensemble.gis.layer;

/**
 * How maps draw a layer.
 *
 * @param colour {@code #rrggbb}
 * @param icon a symbol name for points, or {@code null} for a plain circle
 * @param labelField the property shown as the feature's name (popups, labels), or {@code null}
 */
public record LayerStyle(String colour, String icon, String labelField) {
}
