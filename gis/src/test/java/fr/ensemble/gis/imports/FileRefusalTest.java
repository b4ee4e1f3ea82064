package fr.ensemble.gis.imports;

import static fr.ensemble.gis.imports.ImportFixtures.refusal;
import static fr.ensemble.gis.imports.ImportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals that come before any format is read. */
class FileRefusalTest {

    private static final ImportOptions ANY = ImportOptions.forLayer("Geometry");

    @TempDir
    Path dir;

    @Test
    void anEmptyFile() {
        assertThat(refusal(write(dir, "vide.csv", ""), ANY)).hasMessage("Le fichier est vide.");
        assertThat(refusal(write(dir, "blanc.csv", "\uFEFF \n\n"), ANY)).hasMessage("Le fichier est vide.");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        Path file = dir.resolve("enorme.geojson");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ImportOptions.DEFAULT_MAX_BYTES + 1);
        }
        long start = System.nanoTime();

        ImportRefusedException refusal = refusal(file, ANY);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(refusal).hasMessage("Le fichier pèse 200,0 Mo, au-delà de la limite de 200 Mo.");
    }

    @Test
    void theLimitIsConfigurable() {
        Path file = write(dir, "petit.csv", "lon;lat\n2,4;48,9\n".repeat(100));

        assertThat(refusal(file, ANY.withMaxBytes(1024))).hasMessageContaining("au-delà de la limite");
    }

    @Test
    void binaryContentIsNoFormatWeRead() throws Exception {
        Path file = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(refusal(file, ANY)).hasMessage(
                "Le fichier n'est ni du GeoJSON, ni un GeoPackage, ni un CSV lisible : son contenu est binaire.");
    }
}
