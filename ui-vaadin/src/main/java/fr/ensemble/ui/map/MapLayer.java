package fr.ensemble.ui.map;

import fr.ensemble.gis.layer.Layer;
import java.util.List;

/**
 * What {@code <ensemble-map>} needs to draw one catalogue layer from its vector tiles, to list it in the layer
 * switcher and the legend, and to label its attributes in popups.
 *
 * @param id the collection id: the tile URL's and the tile's layer name
 * @param visible whether the layer is shown when the map opens
 * @param geojson for a layer that is not in the catalogue: the path of its GeoJSON points, drawn instead of tiles
 */
public record MapLayer(String id, String title, String geometryType, String colour, String labelField,
        String attribution, List<Attribute> attributes, boolean visible, String geojson) {

    public static MapLayer of(Layer layer, boolean visible) {
        return new MapLayer(layer.collectionId(), layer.title(), layer.geometryType(), layer.style().colour(),
                layer.style().labelField(), layer.attribution(),
                layer.attributes().stream().map(attribute -> new Attribute(attribute.name(), attribute.label())).toList(),
                visible, null);
    }

    /** Points read from a GeoJSON path of the platform (reloaded on demand), shown at first. */
    public static MapLayer geoJsonPoints(String id, String title, String colour, String labelField,
            List<Attribute> attributes, String path) {
        return new MapLayer(id, title, "Point", colour, labelField, null, attributes, true, path);
    }

    /** A property shown in popups, under its French label. */
    public record Attribute(String name, String label) {
    }
}
