package fr.ensemble.gis.imports;

/** Told about a hundred times over a read how far it is, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    /** @param done out of total, in bytes (GeoJSON, CSV) or features (GeoPackage) */
    void update(long done, long total);
}
