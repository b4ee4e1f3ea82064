package fr.ensemble.gis.imports;

/**
 * @param expectedGeometryType the layer's declared type: Point, LineString, Polygon, MultiPoint,
 *        MultiLineString, MultiPolygon, or Geometry for any
 * @param declaredSrid the CRS of a CSV as the agent states it (4326, 2154 or 3857), or null to recognise it
 *        from the values; GeoJSON and GeoPackage files state their own
 * @param maxBytes larger files are refused before they are read
 */
public record ImportOptions(String expectedGeometryType, Integer declaredSrid, long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    public ImportOptions {
        if (!LayerGeometryTypes.isDeclarable(expectedGeometryType)) {
            throw new IllegalArgumentException("Unknown layer geometry type: " + expectedGeometryType);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    public static ImportOptions forLayer(String expectedGeometryType) {
        return new ImportOptions(expectedGeometryType, null, DEFAULT_MAX_BYTES);
    }

    public ImportOptions withDeclaredSrid(Integer srid) {
        return new ImportOptions(expectedGeometryType, srid, maxBytes);
    }

    public ImportOptions withMaxBytes(long bytes) {
        return new ImportOptions(expectedGeometryType, declaredSrid, bytes);
    }
}
