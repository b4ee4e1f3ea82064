package fr.ensemble.ui.map;

import fr.ensemble.gis.layer.Layer;
import java.util.List;

/**
 * What {@code <ensemble-map>} needs to draw one catalogue layer from its vector tiles, to list it in the layer
 * switcher and the legend, and to label its attributes in popups.
 *
 * @param id the collection id: the tile URL's and the tile's layer name
 * @param visible whether the layer is shown when the map opens
 */
public record MapLayer(String id, String title, String geometryType, String colour, String labelField,
        String attribution, List<Attribute> attributes, boolean visible) {

    public static MapLayer of(Layer layer, boolean visible) {
        return new MapLayer(layer.collectionId(), layer.title(), layer.geometryType(), layer.style().colour(),
                layer.style().labelField(), layer.attribution(),
                layer.attributes().stream().map(attribute -> new Attribute(attribute.name(), attribute.label())).toList(),
                visible);
    }

    /** A property shown in popups, under its French label. */
    public record Attribute(String name, String label) {
    }
}
