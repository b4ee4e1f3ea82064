package fr.ensemble.gis.imports;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.proj4j.Proj4jException;

/**
 * The checks of one row, in order: a geometry was read, its type suits the layer, it lies in metropolitan
 * France, and it is valid in Lambert-93 (repaired if not). Collects the errors, warnings, extent and types of a
 * read.
 */
final class RowChecks {

    /** Metropolitan France with Corsica, in CRS84. */
    private static final Envelope FRANCE = new Envelope(-5.8, 10.0, 41.0, 51.5);

    private final ImportFormat format;
    private final String layerType;
    private final Reprojection reprojection;
    private final RowIssues errors = new RowIssues();
    private final RowIssues warnings = new RowIssues();
    private final Envelope extent = new Envelope();
    private final Set<String> geometryTypes = new TreeSet<>();

    RowChecks(ImportFormat format, String layerType, Reprojection reprojection) {
        this.format = format;
        this.layerType = layerType;
        this.reprojection = reprojection;
    }

    /** The row ready to store, or null if it is left out (and an error recorded). */
    ImportedFeature check(SourceRow row) {
        if (row.fault() != null) {
            return reject(row, row.fault());
        }
        Geometry source = row.geometry();
        if (source.isEmpty()) {
            return reject(row, "géométrie vide");
        }
        if (!LayerGeometryTypes.accepts(layerType, source.getGeometryType())) {
            return reject(row, "géométrie de type " + LayerGeometryTypes.french(source.getGeometryType())
                    + ", incompatible avec " + LayerGeometryTypes.layerInFrench(layerType));
        }
        Geometry crs84;
        try {
            crs84 = reprojection.toCrs84(source);
        } catch (Proj4jException e) {
            return reject(row, "coordonnées hors de France métropolitaine");
        }
        if (!FRANCE.contains(crs84.getEnvelopeInternal())) {
            return reject(row, outsideFrance(crs84));
        }
        Geometry stored = reprojection.toLambert93(source);
        TopologyValidationError invalidity = new IsValidOp(stored).getValidationError();
        if (invalidity != null) {
            String problem = "géométrie invalide (" + reason(invalidity) + ")";
            stored = GeometryFixer.fix(stored);
            if (stored.isEmpty()) {
                return reject(row, problem + ", irréparable");
            }
            if (!LayerGeometryTypes.accepts(layerType, stored.getGeometryType())) {
                return reject(row, problem + " : réparée, elle devient un "
                        + LayerGeometryTypes.french(stored.getGeometryType()) + ", incompatible avec "
                        + LayerGeometryTypes.layerInFrench(layerType));
            }
            warnings.add(row.row(), where(row) + " : " + problem + ", réparée");
        }
        stored.setSRID(Reprojection.LAMBERT_93);
        extent.expandToInclude(crs84.getEnvelopeInternal());
        geometryTypes.add(stored.getGeometryType());
        return new ImportedFeature(row.row(), row.properties(), stored);
    }

    RowIssues errors() {
        return errors;
    }

    RowIssues warnings() {
        return warnings;
    }

    Extent extent() {
        return extent.isNull() ? null
                : new Extent(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
    }

    Set<String> geometryTypes() {
        return Set.copyOf(geometryTypes);
    }

    private ImportedFeature reject(SourceRow row, String problem) {
        errors.add(row.row(), where(row) + " : " + problem);
        return null;
    }

    private String where(SourceRow row) {
        return format.rowLabel(row.row());
    }

    /** Names the first position outside, and suggests the usual mistake of swapped longitude and latitude. */
    private static String outsideFrance(Geometry crs84) {
        Coordinate outside = crs84.getCoordinate();
        for (Coordinate c : crs84.getCoordinates()) {
            if (!FRANCE.contains(c)) {
                outside = c;
                break;
            }
        }
        String message = String.format(Locale.FRANCE, "coordonnées hors de France métropolitaine (longitude %.5f,"
                + " latitude %.5f)", outside.x, outside.y);
        return FRANCE.contains(outside.y, outside.x) ? message + " : longitude et latitude inversées ?" : message;
    }

    private static String reason(TopologyValidationError error) {
        return switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    "auto-intersection";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "trou hors du contour";
            case TopologyValidationError.NESTED_HOLES -> "trous imbriqués";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "intérieur en plusieurs morceaux";
            case TopologyValidationError.NESTED_SHELLS -> "contours imbriqués";
            case TopologyValidationError.DUPLICATE_RINGS -> "contours en double";
            case TopologyValidationError.TOO_FEW_POINTS -> "trop peu de points";
            case TopologyValidationError.RING_NOT_CLOSED -> "contour non fermé";
            default -> "coordonnée invalide";
        };
    }
}
