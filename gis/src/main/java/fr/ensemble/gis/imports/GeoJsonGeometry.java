package fr.ensemble.gis.imports;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON geometry object to JTS. Throws {@link IllegalArgumentException} with a French message for a
 * malformed one (JTS's own messages are in English, so sizes are checked here first).
 */
final class GeoJsonGeometry {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonGeometry() {
    }

    static Geometry read(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        if ("GeometryCollection".equals(type)) {
            JsonNode members = array(geometry.get("geometries"), "membre « geometries » absent");
            return FACTORY.createGeometryCollection(each(members, Geometry[]::new, GeoJsonGeometry::read));
        }
        JsonNode coordinates = array(geometry.get("coordinates"), "membre « coordinates » absent");
        return switch (type) {
            case "Point" -> coordinates.isEmpty() ? FACTORY.createPoint() : FACTORY.createPoint(position(coordinates));
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(coordinates));
            case "LineString" -> line(coordinates);
            case "MultiLineString" ->
                    FACTORY.createMultiLineString(each(coordinates, LineString[]::new, GeoJsonGeometry::line));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> FACTORY.createMultiPolygon(each(coordinates, Polygon[]::new,
                    rings -> polygon(array(rings, "polygone attendu"))));
            default -> throw new IllegalArgumentException("type de géométrie inconnu « " + type + " »");
        };
    }

    private static JsonNode array(JsonNode node, String missing) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(missing);
        }
        return node;
    }

    private static Coordinate position(JsonNode position) {
        array(position, "position attendue, trouvé « " + position + " »");
        if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("position invalide « " + position + " »");
        }
        return new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
    }

    private static Coordinate[] positions(JsonNode positions) {
        return each(positions, Coordinate[]::new, GeoJsonGeometry::position);
    }

    private static <T> T[] each(JsonNode array, IntFunction<T[]> newArray, Function<JsonNode, T> read) {
        T[] result = newArray.apply(array.size());
        for (int i = 0; i < result.length; i++) {
            result[i] = read.apply(array.get(i));
        }
        return result;
    }

    private static LineString line(JsonNode positions) {
        Coordinate[] coordinates = positions(array(positions, "ligne attendue"));
        if (coordinates.length == 1) {
            throw new IllegalArgumentException("une ligne a au moins 2 points");
        }
        return FACTORY.createLineString(coordinates);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = positions(array(positions, "contour attendu"));
        if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("un contour de polygone doit être fermé et avoir au moins 4 points");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Polygon polygon(JsonNode rings) {
        if (rings.isEmpty()) {
            return FACTORY.createPolygon();
        }
        LinearRing[] all = each(rings, LinearRing[]::new, GeoJsonGeometry::ring);
        return FACTORY.createPolygon(all[0], Arrays.copyOfRange(all, 1, all.length));
    }
}
