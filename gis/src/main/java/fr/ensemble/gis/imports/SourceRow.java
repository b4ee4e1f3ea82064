package fr.ensemble.gis.imports;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A row as a format reader sees it, geometry in the source CRS.
 *
 * @param fault why the reader could not make a geometry of it (French, without the row's place), else null
 */
record SourceRow(long row, Map<String, Object> properties, Geometry geometry, String fault) {

    static SourceRow feature(long row, Map<String, Object> properties, Geometry geometry) {
        return new SourceRow(row, properties, geometry, null);
    }

    static SourceRow faulty(long row, Map<String, Object> properties, String fault) {
        return new SourceRow(row, properties, null, fault);
    }
}
