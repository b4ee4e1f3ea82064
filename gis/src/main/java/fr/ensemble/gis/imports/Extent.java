package fr.ensemble.gis.imports;

/** A bounding box in CRS84 (longitude, latitude in degrees). */
public record Extent(double west, double south, double east, double north) {
}
