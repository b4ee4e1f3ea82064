package fr.ensemble.gis.imports;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature ready to store.
 *
 * @param row its position in the file, from 1 (a CSV's header not counted)
 * @param properties typed values (String, Long, Double, Boolean, LocalDate, Instant; null where empty), in the
 *        file's column order
 * @param geometry valid, in Lambert-93 (SRID 2154)
 */
public record ImportedFeature(long row, Map<String, Object> properties, Geometry geometry) {
}
