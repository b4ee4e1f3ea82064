package fr.ensemble.gis.imports;

import java.util.Map;
import java.util.Set;

/**
 * Which geometries a layer accepts: a layer of a type takes that type, a multi type also takes its single type
 * (a Point in a MultiPoint layer; it is stored as given), and Geometry takes anything. A multi geometry never
 * goes into a single-type layer, even with one part.
 */
final class LayerGeometryTypes {

    static final String ANY = "Geometry";

    private static final Set<String> DECLARABLE = Set.of("Point", "LineString", "Polygon", "MultiPoint",
            "MultiLineString", "MultiPolygon", ANY);

    /** Singular French names, for messages. */
    private static final Map<String, String> FRENCH = Map.of(
            "Point", "point",
            "LineString", "ligne",
            "Polygon", "polygone",
            "MultiPoint", "multipoint",
            "MultiLineString", "multiligne",
            "MultiPolygon", "multipolygone",
            "GeometryCollection", "collection de géométries");

    private LayerGeometryTypes() {
    }

    static boolean isDeclarable(String layerType) {
        return DECLARABLE.contains(layerType);
    }

    static boolean accepts(String layerType, String geometryType) {
        return ANY.equals(layerType) || layerType.equals(geometryType) || layerType.equals("Multi" + geometryType);
    }

    static String french(String geometryType) {
        return FRENCH.getOrDefault(geometryType, geometryType);
    }

    /** "une couche de points", "une couche de multipolygones". */
    static String layerInFrench(String layerType) {
        return "une couche de " + french(layerType) + "s";
    }
}
