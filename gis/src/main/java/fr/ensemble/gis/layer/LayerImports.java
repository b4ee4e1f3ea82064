package fr.ensemble.gis.layer;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.gis.imports.Attribute;
import fr.ensemble.gis.imports.FeatureFileReader;
import fr.ensemble.gis.imports.ImportFormat;
import fr.ensemble.gis.imports.ImportOptions;
import fr.ensemble.gis.imports.ImportPreview;
import fr.ensemble.gis.imports.ImportProgress;
import fr.ensemble.gis.imports.ImportRefusedException;
import fr.ensemble.gis.imports.ImportSummary;
import fr.ensemble.gis.imports.ImportedFeature;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file into a layer in two steps, as the wizard shows them: a preview (the whole file read and
 * checked, nothing written), then the import itself, in one transaction: replace or append, the layer's
 * attribute schema updated, the import logged (who, when, source, counts). A file refused at either step
 * leaves the layer as it was.
 */
@Service
public class LayerImports {

    private static final int BATCH = 1_000;

    private final LayerDatabase database;
    private final LayerCatalogue catalogue;
    private final FeatureFileReader reader = new FeatureFileReader();
    private final JsonMapper json;

    LayerImports(LayerDatabase database, LayerCatalogue catalogue, JsonMapper json) {
        this.database = database;
        this.catalogue = catalogue;
        this.json = json;
    }

    /** @param declaredSrid the CRS of a CSV as the agent states it, or null to recognise it from the values */
    @PreAuthorize("@layerAccess.canAdminister(#layer.commune(), authentication)")
    public ImportPreview preview(Layer layer, Path file, Integer declaredSrid, ImportProgress progress)
            throws ImportRefusedException {
        ImportPreview preview = reader.preview(file,
                ImportOptions.forLayer(layer.geometryType()).withDeclaredSrid(declaredSrid), progress);
        requireSomething(preview.summary());
        return preview;
    }

    /**
     * Writes the features the preview accepted (rows in error are left out and counted).
     *
     * @param preview what the agent saw and approved, for the file's CRS and attribute types
     */
    @PreAuthorize("@layerAccess.canAdminister(#layer.commune(), authentication)")
    public ImportResult commit(Layer layer, Path file, String sourceName, ImportMode mode, ImportPreview preview,
            ImportProgress progress) throws ImportRefusedException {
        ImportSummary previewed = preview.summary();
        var options = ImportOptions.forLayer(layer.geometryType())
                .withDeclaredSrid(previewed.format() == ImportFormat.CSV ? previewed.sourceSrid() : null);
        String importedBy = CommuneAccess.usernameOf(SecurityContextHolder.getContext().getAuthentication());
        String schema = database.schema(layer.commune());
        ImportResult result;
        try {
            result = database.write(layer.commune(), jdbc -> {
                int removed = mode == ImportMode.REPLACE
                        ? jdbc.update("DELETE FROM " + schema + ".feature WHERE layer_id = ?", layer.id()) : 0;
                var batch = new FeatureBatch(jdbc, schema, layer.id());
                ImportSummary summary = readOrRollBack(file, options, batch, progress);
                batch.flush();
                jdbc.update("UPDATE " + schema + ".layer SET attributes = ?::jsonb, updated_at = clock_timestamp() WHERE id = ?",
                        json.writeValueAsString(attributes(layer, mode, preview.attributes())), layer.id());
                jdbc.update("INSERT INTO " + schema + ".layer_import (layer_id, imported_by, source_name, format, mode, "
                        + "added, removed, repaired, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", layer.id(), importedBy,
                        sourceName, summary.format().label(), mode.name(), batch.added, removed,
                        summary.warnings().total(), summary.errors().total());
                return new ImportResult(batch.added, removed, summary);
            });
        } catch (RefusedDuringImport refused) {
            throw refused.cause;
        }
        catalogue.changed(layer.commune());
        return result;
    }

    @PreAuthorize("@layerAccess.canAdminister(#layer.commune(), authentication)")
    public List<ImportLogEntry> history(Layer layer) {
        return database.read(layer.commune(), jdbc -> jdbc.query("SELECT * FROM " + database.schema(layer.commune())
                + ".layer_import WHERE layer_id = ? ORDER BY imported_at DESC, id DESC LIMIT 50",
                (row, number) -> new ImportLogEntry(row.getString("imported_by"), row.getTimestamp("imported_at").toInstant(),
                        row.getString("source_name"), row.getString("format"), ImportMode.valueOf(row.getString("mode")),
                        row.getInt("added"), row.getInt("removed"), row.getInt("repaired"), row.getInt("skipped")),
                layer.id()));
    }

    /** A refusal found while writing must roll the transaction back, so it crosses it unchecked. */
    private ImportSummary readOrRollBack(Path file, ImportOptions options, FeatureBatch batch, ImportProgress progress) {
        try {
            ImportSummary summary = reader.read(file, options, batch::add, progress);
            requireSomething(summary);
            return summary;
        } catch (ImportRefusedException e) {
            throw new RefusedDuringImport(e);
        }
    }

    /** A file whose every row is in error (wrong geometry type, outside France...) is refused as a whole. */
    private static void requireSomething(ImportSummary summary) throws ImportRefusedException {
        if (summary.featureCount() == 0) {
            String reasons = String.join(" ; ", summary.errors().listed().stream().limit(3)
                    .map(issue -> issue.message()).toList());
            throw new ImportRefusedException("Aucun objet du fichier n'est importable"
                    + (reasons.isEmpty() ? "." : " (" + reasons + (summary.errors().total() > 3 ? "…" : "") + ")."));
        }
    }

    /** The file's attributes, keeping the labels already given; appending keeps the layer's other attributes. */
    private static List<LayerAttribute> attributes(Layer layer, ImportMode mode, List<Attribute> fromFile) {
        Map<String, LayerAttribute> merged = new LinkedHashMap<>();
        if (mode == ImportMode.APPEND) {
            layer.attributes().forEach(attribute -> merged.put(attribute.name(), attribute));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        layer.attributes().forEach(attribute -> labels.put(attribute.name(), attribute.label()));
        for (Attribute attribute : fromFile) {
            merged.putIfAbsent(attribute.name(), new LayerAttribute(attribute.name(), attribute.type().label(),
                    labels.getOrDefault(attribute.name(), attribute.name())));
        }
        return new ArrayList<>(merged.values());
    }

    /** Inserts in batches; geometries arrive valid and in Lambert-93, ST_MakeValid only guards GEOS/JTS differences. */
    private final class FeatureBatch {

        private final JdbcTemplate jdbc;
        private final String sql;
        private final String layerId;
        private final WKBWriter wkb = new WKBWriter(2);
        private final List<Object[]> rows = new ArrayList<>(BATCH);
        private int added;

        FeatureBatch(JdbcTemplate jdbc, String schema, String layerId) {
            this.jdbc = jdbc;
            this.layerId = layerId;
            this.sql = "INSERT INTO " + schema + ".feature (layer_id, properties, geom) "
                    + "VALUES (?, ?::jsonb, ST_MakeValid(ST_GeomFromWKB(?, 2154)))";
        }

        void add(ImportedFeature feature) {
            rows.add(new Object[] {layerId, json.writeValueAsString(feature.properties()), wkb.write(feature.geometry())});
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
                added += rows.size();
                rows.clear();
            }
        }
    }

    private static final class RefusedDuringImport extends RuntimeException {

        private final ImportRefusedException cause;

        RefusedDuringImport(ImportRefusedException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Replace the layer's features, or add to them. */
    public enum ImportMode {
        REPLACE, APPEND
    }

    public record ImportResult(int added, int removed, ImportSummary summary) {
    }

    public record ImportLogEntry(String importedBy, Instant importedAt, String sourceName, String format, ImportMode mode,
            int added, int removed, int repaired, int skipped) {
    }
}
