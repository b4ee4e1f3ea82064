package fr.ensemble.gis.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Files written for a test, and a read of all their features. */
final class ImportFixtures {

    static final FeatureFileReader READER = new FeatureFileReader();

    /** Pantin town hall. */
    static final double PANTIN_LON = 2.4093;
    static final double PANTIN_LAT = 48.8944;
    /** From {@code echo "2.4093 48.8944" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:2154} (GDAL 3.6.2). */
    static final double PANTIN_X = 656689.977686334;
    static final double PANTIN_Y = 6866205.52896217;
    /** From {@code gdaltransform -s_srs EPSG:4326 -t_srs EPSG:3857}. */
    static final double PANTIN_MERCATOR_X = 268202.049168234;
    static final double PANTIN_MERCATOR_Y = 6256962.2415541;

    private ImportFixtures() {
    }

    record Read(ImportSummary summary, List<ImportedFeature> features) {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) {
        try {
            return Files.writeString(dir.resolve(name), content, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read readAll(Path file, ImportOptions options) throws ImportRefusedException {
        List<ImportedFeature> features = new ArrayList<>();
        ImportSummary summary = READER.read(file, options, features::add, ImportProgress.NONE);
        return new Read(summary, features);
    }

    static ImportRefusedException refusal(Path file, ImportOptions options) {
        return catchThrowableOfType(ImportRefusedException.class, () -> READER.preview(file, options));
    }

    static List<String> messages(RowIssues issues) {
        return issues.listed().stream().map(RowIssue::message).toList();
    }

    /** To the centimetre, in Lambert-93. */
    static void assertAtPantin(Geometry geometry) {
        assertThat(geometry.getSRID()).isEqualTo(2154);
        Coordinate c = geometry.getCoordinate();
        assertThat(c.x).isCloseTo(PANTIN_X, within(0.01));
        assertThat(c.y).isCloseTo(PANTIN_Y, within(0.01));
    }
}
