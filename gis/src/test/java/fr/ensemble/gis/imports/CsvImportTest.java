package fr.ensemble.gis.imports;

import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_X;
import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_Y;
import static fr.ensemble.gis.imports.ImportFixtures.assertAtPantin;
import static fr.ensemble.gis.imports.ImportFixtures.messages;
import static fr.ensemble.gis.imports.ImportFixtures.readAll;
import static fr.ensemble.gis.imports.ImportFixtures.refusal;
import static fr.ensemble.gis.imports.ImportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    private static final ImportOptions POINTS = ImportOptions.forLayer("Point");

    @TempDir
    Path dir;

    @Test
    void semicolonsWithDecimalCommasAndAByteOrderMark() throws Exception {
        Path file = write(dir, "equipements.csv", """
                \uFEFFnom;Longitude;Latitude;capacite;surface;code_insee;ouverture
                Mairie de Pantin;2,4093;48,8944;120;850,5;93055;1886-05-02
                """);

        ImportFixtures.Read read = readAll(file, POINTS);

        assertThat(read.summary().format()).isEqualTo(ImportFormat.CSV);
        assertThat(read.summary().sourceSrid()).isEqualTo(4326);
        assertThat(read.features()).singleElement().satisfies(feature -> {
            assertAtPantin(feature.geometry());
            assertThat(feature.row()).isEqualTo(1);
            assertThat(feature.properties()).containsExactly(entry("nom", "Mairie de Pantin"),
                    entry("capacite", 120L), entry("surface", 850.5), entry("code_insee", 93055L),
                    entry("ouverture", LocalDate.of(1886, 5, 2)));
        });
    }

    @Test
    void commasWithOtherColumnNames() throws Exception {
        Path file = write(dir, "points.csv", """
                LAT,nom,lng,code_postal,note
                48.8944,"Mairie, Pantin",2.4093,01234,"1,5"
                """);

        ImportPreview preview = ImportFixtures.READER.preview(file, POINTS);

        assertThat(preview.firstRows()).containsExactly(
                java.util.Map.of("nom", "Mairie, Pantin", "code_postal", "01234", "note", "1,5"));
        assertThat(preview.attributes()).extracting(Attribute::type).containsOnly(AttributeType.TEXT);
        assertThat(preview.summary().extent().west()).isEqualTo(2.4093);
    }

    @Test
    void latin1IsRecognised() throws Exception {
        Path file = write(dir, "latin1.csv", "nom;lon;lat\nMédiathèque Jean-Rostand;2,4093;48,8944\n",
                StandardCharsets.ISO_8859_1);

        ImportFixtures.Read read = readAll(file, POINTS);

        assertThat(read.features().getFirst().properties()).containsEntry("nom", "Médiathèque Jean-Rostand");
    }

    @Test
    void lambert93IsRecognisedFromTheValues() throws Exception {
        Path file = write(dir, "l93.csv", "X;Y;nom\n%s;%s;Mairie\n".formatted(PANTIN_X, PANTIN_Y));

        ImportFixtures.Read read = readAll(file, POINTS);

        assertThat(read.summary().sourceSrid()).isEqualTo(2154);
        assertAtPantin(read.features().getFirst().geometry());
    }

    @Test
    void theStatedCrsWins() throws Exception {
        Path file = write(dir, "3857.csv", "x,y\n%s,%s\n".formatted(ImportFixtures.PANTIN_MERCATOR_X,
                ImportFixtures.PANTIN_MERCATOR_Y));

        ImportFixtures.Read read = readAll(file, POINTS.withDeclaredSrid(3857));

        assertAtPantin(read.features().getFirst().geometry());
        assertThat(refusal(file, POINTS.withDeclaredSrid(27572)))
                .hasMessageStartingWith("Système de coordonnées non pris en charge : EPSG:27572.");
    }

    @Test
    void valuesInNoKnownCrsAreRefused() {
        Path file = write(dir, "metres.csv", "x;y\n5000;5000\n");

        assertThat(refusal(file, POINTS)).hasMessageStartingWith(
                "Système de coordonnées non reconnu : à la ligne 2, x = 5000.0 et y = 5000.0");
    }

    @Test
    void badRowsAreListedByLineAndTheOthersKept() throws Exception {
        Path file = write(dir, "mixed.csv", """
                nom;lon;lat
                Mairie;2,4093;48,8944
                Berlin;13,40;52,52
                Inversée;48,8944;2,4093
                Vide;;48,89
                Illisible;2,40;48°53'
                """);

        ImportFixtures.Read read = readAll(file, POINTS);

        assertThat(read.features()).extracting(ImportedFeature::row).containsExactly(1L);
        assertThat(read.summary().rowCount()).isEqualTo(5);
        assertThat(messages(read.summary().errors())).containsExactly(
                "ligne 3 : coordonnées hors de France métropolitaine (longitude 13,40000, latitude 52,52000)",
                "ligne 4 : coordonnées hors de France métropolitaine (longitude 48,89440, latitude 2,40930) :"
                        + " longitude et latitude inversées ?",
                "ligne 5 : coordonnées manquantes",
                "ligne 6 : nombre illisible « 48°53' » dans la colonne lat");
    }

    @Test
    void aCsvWithoutCoordinateColumnsIsRefused() {
        Path file = write(dir, "adresses.csv", "nom;adresse\nMairie;45 avenue du Général-Leclerc\n");

        assertThat(refusal(file, POINTS)).hasMessage("Le CSV n'a pas de colonnes de coordonnées : il faut une"
                + " colonne longitude et une colonne latitude (ou lon/lat, lng, x/y en Lambert-93). Colonnes"
                + " trouvées : nom, adresse.");
    }

    @Test
    void aCsvGoesOnlyIntoALayerThatTakesPoints() throws Exception {
        Path file = write(dir, "points.csv", "lon;lat\n2,4093;48,8944\n");

        assertThat(refusal(file, ImportOptions.forLayer("Polygon")))
                .hasMessage("Le fichier contient des points, incompatibles avec une couche de polygones.");
        assertThat(readAll(file, ImportOptions.forLayer("MultiPoint")).features()).hasSize(1);
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        Path file = write(dir, "entete.csv", "lon;lat\n");

        assertThat(refusal(file, POINTS)).hasMessage("Le fichier ne contient aucun objet.");
    }

    @Test
    void badQuotingIsRefused() {
        Path file = write(dir, "guillemets.csv", "nom;lon;lat\n\"Mairie\" de Pantin;2,4093;48,8944\n");

        assertThat(refusal(file, POINTS)).hasMessageStartingWith("Le CSV est illisible vers la ligne");
    }

    @Test
    void fiftyThousandRowsAreStreamedWithProgress() throws Exception {
        Path file = dir.resolve("grand.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id;nom;lon;lat\n");
            for (int i = 0; i < 50_000; i++) {
                out.write(String.format(Locale.ROOT, "%d;point %d;%.5f;%.5f%n", i, i, 2.3 + i % 100 * 0.001,
                        48.85 + i / 100 * 0.0001));
            }
        }
        List<long[]> updates = new ArrayList<>();
        AtomicLong count = new AtomicLong();

        ImportSummary summary = ImportFixtures.READER.read(file, POINTS, feature -> count.incrementAndGet(),
                (done, total) -> updates.add(new long[] {done, total}));

        assertThat(count).hasValue(50_000);
        assertThat(summary.featureCount()).isEqualTo(50_000);
        assertThat(summary.errors().total()).isZero();
        assertThat(updates).hasSizeBetween(2, 49_999);
        assertThat(updates.getLast()).containsExactly(Files.size(file), Files.size(file));
    }
}
