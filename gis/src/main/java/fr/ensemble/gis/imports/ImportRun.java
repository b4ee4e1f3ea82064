package fr.ensemble.gis.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** One pass over a file: the file-level checks, then every row through {@link RowChecks} to the sink. */
final class ImportRun {

    private static final int PROGRESS_STEPS = 100;
    private static final double MEGABYTE = 1024 * 1024;

    private ImportRun() {
    }

    /** @throws UncheckedIOException when the file cannot be read at all, which is not the agent's doing */
    static ImportSummary execute(Path file, ImportOptions options, Consumer<ImportedFeature> sink,
            ImportProgress progress) throws ImportRefusedException {
        try {
            checkSize(Files.size(file), options.maxBytes());
            ImportFormat format = FormatDetector.detect(file);
            try (FeatureSource source = open(format, file, options)) {
                return readAll(format, source, options, sink, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkSize(long size, long maxBytes) throws ImportRefusedException {
        if (size == 0) {
            throw new ImportRefusedException("Le fichier est vide.");
        }
        if (size > maxBytes) {
            throw new ImportRefusedException(String.format(Locale.FRANCE,
                    "Le fichier pèse %.1f Mo, au-delà de la limite de %.0f Mo.", size / MEGABYTE, maxBytes / MEGABYTE));
        }
    }

    private static FeatureSource open(ImportFormat format, Path file, ImportOptions options)
            throws IOException, ImportRefusedException {
        return switch (format) {
            case GEOJSON -> GeoJsonSource.open(file);
            case GEOPACKAGE -> GeoPackageSource.open(file);
            case CSV -> CsvSource.open(file, options.declaredSrid());
        };
    }

    private static ImportSummary readAll(ImportFormat format, FeatureSource source, ImportOptions options,
            Consumer<ImportedFeature> sink, ImportProgress progress) throws IOException, ImportRefusedException {
        String layerType = options.expectedGeometryType();
        String declared = source.declaredGeometryType().orElse(LayerGeometryTypes.ANY);
        if (!LayerGeometryTypes.ANY.equals(declared) && !LayerGeometryTypes.accepts(layerType, declared)) {
            throw new ImportRefusedException("Le fichier contient des " + LayerGeometryTypes.french(declared)
                    + "s, incompatibles avec " + LayerGeometryTypes.layerInFrench(layerType) + ".");
        }
        RowChecks checks = new RowChecks(format, layerType, Reprojection.from(source.srid()));
        long rows = 0;
        long accepted = 0;
        long reportedAt = 0;
        for (SourceRow row = source.next(); row != null; row = source.next()) {
            rows++;
            ImportedFeature feature = checks.check(row);
            if (feature != null) {
                accepted++;
                sink.accept(feature);
            }
            if (source.done() - reportedAt >= Math.max(1, source.total() / PROGRESS_STEPS)) {
                reportedAt = source.done();
                progress.update(reportedAt, source.total());
            }
        }
        if (rows == 0) {
            throw new ImportRefusedException("Le fichier ne contient aucun objet.");
        }
        progress.update(source.total(), source.total());
        return new ImportSummary(format, source.srid(), rows, accepted, checks.extent(), checks.geometryTypes(),
                checks.errors(), checks.warnings());
    }
}
