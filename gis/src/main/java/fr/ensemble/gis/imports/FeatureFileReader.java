package fr.ensemble.gis.imports;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a file an agent imports into a layer: GeoJSON (RFC 7946, or a legacy {@code crs} naming EPSG:2154 or
 * 3857), GeoPackage (one feature table in EPSG:4326, 2154 or 3857) or CSV (a longitude/latitude or Lambert-93
 * x/y pair of columns), told apart by content. Files are streamed: memory does not grow with their size.
 *
 * <p>A file that cannot be imported at all throws {@link ImportRefusedException}; a faulty row is left out and
 * listed in the errors; a repaired geometry is kept and listed in the warnings. Thread-safe.
 */
public final class FeatureFileReader {

    /** Reads the whole file to check it and describe it, without keeping the features. */
    public ImportPreview preview(Path file, ImportOptions options) throws ImportRefusedException {
        return preview(file, options, ImportProgress.NONE);
    }

    public ImportPreview preview(Path file, ImportOptions options, ImportProgress progress)
            throws ImportRefusedException {
        PreviewCollector collector = new PreviewCollector();
        ImportSummary summary = ImportRun.execute(file, options, collector, progress);
        return collector.preview(summary);
    }

    /** Hands each accepted feature, in Lambert-93, to the sink, in file order. */
    public ImportSummary read(Path file, ImportOptions options, Consumer<ImportedFeature> sink,
            ImportProgress progress) throws ImportRefusedException {
        return ImportRun.execute(file, options, sink, progress);
    }
}
