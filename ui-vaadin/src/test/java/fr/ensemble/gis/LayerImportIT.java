package fr.ensemble.gis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.gis.imports.ImportPreview;
import fr.ensemble.gis.imports.ImportProgress;
import fr.ensemble.gis.imports.ImportRefusedException;
import fr.ensemble.gis.layer.Audience;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerEditing;
import fr.ensemble.gis.layer.LayerEditing.LayerDefinition;
import fr.ensemble.gis.layer.LayerFeatures;
import fr.ensemble.gis.layer.LayerImports;
import fr.ensemble.gis.layer.LayerImports.ImportMode;
import fr.ensemble.gis.layer.LayerStyle;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Imports into a commune's layer: preview, replace and append, the log; each bad file refused with its
 * French reason and nothing written; 50,000 points with progress; only the layer's administrators import.
 */
@IntegrationTest
class LayerImportIT {

    private static final List<String> PANTIN_AGENT = List.of("pantin:agent");

    @Autowired
    LayerEditing editing;

    @Autowired
    LayerImports imports;

    @Autowired
    LayerCatalogue catalogue;

    @Autowired
    LayerFeatures features;

    @TempDir
    Path folder;

    private Layer trees;

    @BeforeEach
    void anEmptyPointLayer() throws Exception {
        try (Connection superuser = LocalStack.superuser("ensemble")) {
            superuser.createStatement().execute("DELETE FROM t_pantin.layer WHERE id = 'arbres'");
        }
        Acting.becomeUser("agent.pantin", PANTIN_AGENT);
        trees = editing.create("pantin", new LayerDefinition("arbres", "Arbres d'alignement", null, "Point",
                Audience.PUBLIC, "Ville de Pantin", new LayerStyle("#2e7d32", null, "essence"), List.of()));
    }

    @AfterEach
    void nobody() {
        Acting.reset();
    }

    @Test
    void aLatin1CsvIsPreviewedThenReplacedAndAppendedWithALog() throws Exception {
        Path csv = write("arbres.csv", "essence;hauteur;lon;lat\nPlatane;12,5;2,4093;48,8944\nTilleul à grandes feuilles;8;2,4101;48,8950\n"
                + "Érable;6;2,4110;48,8931\n", StandardCharsets.ISO_8859_1);

        ImportPreview preview = imports.preview(trees, csv, null, ImportProgress.NONE);
        assertThat(preview.summary().featureCount()).isEqualTo(3);
        assertThat(preview.firstRows().get(1)).containsEntry("essence", "Tilleul à grandes feuilles");
        assertThat(count()).as("a preview writes nothing").isZero();

        imports.commit(trees, csv, "arbres.csv", ImportMode.REPLACE, preview, ImportProgress.NONE);
        imports.commit(layer(), csv, "arbres.csv", ImportMode.APPEND, preview, ImportProgress.NONE);
        assertThat(count()).isEqualTo(6);
        var replaced = imports.commit(layer(), csv, "arbres-2026.csv", ImportMode.REPLACE, preview, ImportProgress.NONE);
        assertThat(replaced.removed()).isEqualTo(6);
        assertThat(count()).isEqualTo(3);

        assertThat(layer().attributes()).extracting(a -> a.name() + ":" + a.type())
                .containsExactly("essence:texte", "hauteur:nombre décimal");
        var history = imports.history(layer());
        assertThat(history).hasSize(3);
        assertThat(history.getFirst().importedBy()).isEqualTo("agent.pantin");
        assertThat(history.getFirst().sourceName()).isEqualTo("arbres-2026.csv");
        assertThat(history.getFirst().format()).isEqualTo("CSV");
        assertThat(history.getFirst().added()).isEqualTo(3);
        assertThat(history.getFirst().removed()).isEqualTo(6);
    }

    @Test
    void everyBadFileGetsItsFrenchReasonAndNothingIsWritten() throws Exception {
        Path good = write("bon.geojson", """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"essence": "Chêne"},
                 "geometry": {"type": "Point", "coordinates": [2.4093, 48.8944]}}]}""", StandardCharsets.UTF_8);
        imports.commit(trees, good, "bon.geojson", ImportMode.REPLACE, imports.preview(trees, good, null, ImportProgress.NONE),
                ImportProgress.NONE);

        Path huge = folder.resolve("enorme.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024 + 1);
        }
        List<Path> badFiles = List.of(
                write("pas-du-json.geojson", "{\"type\": \"FeatureCollection\", \"features\": [ {oups", StandardCharsets.UTF_8),
                write("polygones.geojson", """
                        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                         "geometry": {"type": "Polygon", "coordinates": [[[2.40, 48.89], [2.41, 48.89], [2.41, 48.90], [2.40, 48.89]]]}}]}""",
                        StandardCharsets.UTF_8),
                write("ailleurs.csv", "nom,lon,lat\nNew York,-74.006,40.7128\n", StandardCharsets.UTF_8),
                write("vide.csv", "", StandardCharsets.UTF_8),
                huge);
        List<String> reasons = new ArrayList<>();
        for (Path bad : badFiles) {
            assertThatThrownBy(() -> imports.preview(layer(), bad, null, ImportProgress.NONE))
                    .as(bad.getFileName().toString()).isInstanceOf(ImportRefusedException.class)
                    .satisfies(refusal -> reasons.add(refusal.getMessage()));
        }

        assertThat(reasons.get(0)).containsIgnoringCase("json");
        assertThat(reasons.get(1)).containsIgnoringCase("polygone");
        assertThat(reasons.get(2)).contains("hors de France");
        assertThat(reasons.get(3)).contains("vide");
        assertThat(reasons.get(4)).contains("200");
        assertThat(count()).as("the layer keeps its one feature").isEqualTo(1);
        assertThat(imports.history(layer())).hasSize(1);
    }

    @Test
    void aRefusalDuringTheImportRollsEverythingBack() throws Exception {
        Path good = write("bon.csv", "essence,lon,lat\nChêne,2.4093,48.8944\n", StandardCharsets.UTF_8);
        ImportPreview preview = imports.preview(trees, good, null, ImportProgress.NONE);
        imports.commit(trees, good, "bon.csv", ImportMode.REPLACE, preview, ImportProgress.NONE);
        Files.writeString(good, "essence,lon,lat\nChêne,-74.006,40.7128\n");

        assertThatThrownBy(() -> imports.commit(layer(), good, "bon.csv", ImportMode.REPLACE, preview, ImportProgress.NONE))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("hors de France");
        assertThat(count()).as("the replace was rolled back").isEqualTo(1);
        assertThat(imports.history(layer())).hasSize(1);
    }

    @Test
    void fiftyThousandPointsImportWithProgress() throws Exception {
        StringBuilder csv = new StringBuilder("numero,x,y\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(String.format(Locale.ROOT, "%d,%.2f,%.2f%n", i, 656_000 + (i % 250) * 10.0, 6_866_000 + (i / 250) * 10.0));
        }
        Path file = write("points.csv", csv.toString(), StandardCharsets.UTF_8);
        AtomicInteger updates = new AtomicInteger();

        ImportPreview preview = imports.preview(trees, file, null, ImportProgress.NONE);
        var result = imports.commit(trees, file, "points.csv", ImportMode.REPLACE, preview,
                (done, total) -> updates.incrementAndGet());

        assertThat(result.added()).isEqualTo(50_000);
        assertThat(count()).isEqualTo(50_000);
        assertThat(updates.get()).isBetween(2, 1_000);
    }

    @Test
    void onlyTheLayersAdministratorsImport() throws Exception {
        Path csv = write("arbres.csv", "essence,lon,lat\nChêne,2.4093,48.8944\n", StandardCharsets.UTF_8);
        Acting.becomeUser("agent.bagnolet", List.of("bagnolet:agent"));

        assertThatThrownBy(() -> imports.preview(trees, csv, null, ImportProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.history(trees)).isInstanceOf(AccessDeniedException.class);
    }

    private Layer layer() {
        return catalogue.find("pantin:arbres").orElseThrow();
    }

    private long count() {
        return features.count(layer(), LayerFeatures.Selection.ALL);
    }

    private Path write(String name, String content, Charset charset) {
        try {
            return Files.writeString(folder.resolve(name), content, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
