package fr.ensemble.gis.imports;

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
            Geometry[] parts = new Geometry[members.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = read(members.get(i));
            }
            return FACTORY.createGeometryCollection(parts);
        }
        JsonNode coordinates = array(geometry.get("coordinates"), "membre « coordinates » absent");
        return switch (type) {
            case "Point" -> coordinates.isEmpty() ? FACTORY.createPoint() : FACTORY.createPoint(position(coordinates));
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(coordinates));
            case "LineString" -> line(coordinates);
            case "MultiLineString" -> FACTORY.createMultiLineString(lines(coordinates));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> FACTORY.createMultiPolygon(polygons(coordinates));
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
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i));
        }
        return coordinates;
    }

    private static LineString line(JsonNode positions) {
        Coordinate[] coordinates = positions(array(positions, "ligne attendue"));
        if (coordinates.length == 1) {
            throw new IllegalArgumentException("une ligne a au moins 2 points");
        }
        return FACTORY.createLineString(coordinates);
    }

    private static LineString[] lines(JsonNode lines) {
        LineString[] result = new LineString[lines.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = line(lines.get(i));
        }
        return result;
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
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1));
        }
        return FACTORY.createPolygon(ring(rings.get(0)), holes);
    }

    private static Polygon[] polygons(JsonNode polygons) {
        Polygon[] result = new Polygon[polygons.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = polygon(array(polygons.get(i), "polygone attendu"));
        }
        return result;
    }
}
