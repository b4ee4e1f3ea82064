package fr.ensemble.gis.imports;

import java.util.Set;

/**
 * What a read found.
 *
 * @param sourceSrid the file's CRS as an EPSG code (4326, 2154 or 3857)
 * @param rowCount features in the file
 * @param featureCount features accepted (rowCount minus the rows in errors)
 * @param extent of the accepted features, null if there are none
 * @param geometryTypes of the accepted features, e.g. Point, MultiPolygon
 */
public record ImportSummary(ImportFormat format, int sourceSrid, long rowCount, long featureCount, Extent extent,
        Set<String> geometryTypes, RowIssues errors, RowIssues warnings) {
}
