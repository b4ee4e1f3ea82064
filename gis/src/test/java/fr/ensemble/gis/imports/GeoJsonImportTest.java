package fr.ensemble.gis.imports;

import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_MERCATOR_X;
import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_MERCATOR_Y;
import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_X;
import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_Y;
import static fr.ensemble.gis.imports.ImportFixtures.assertAtPantin;
import static fr.ensemble.gis.imports.ImportFixtures.messages;
import static fr.ensemble.gis.imports.ImportFixtures.readAll;
import static fr.ensemble.gis.imports.ImportFixtures.refusal;
import static fr.ensemble.gis.imports.ImportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class GeoJsonImportTest {

    private static final String PANTIN_FEATURE = """
            {"type": "Feature", "properties": {"nom": "Mairie de Pantin", "capacite": 120, "surface": 850.5,
             "accessible": true, "code": null},
             "geometry": {"type": "Point", "coordinates": [2.4093, 48.8944]}}""";

    @TempDir
    Path dir;

    private Path collection(String features) {
        return write(dir, "upload.tmp", "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}");
    }

    @Test
    void readsCrs84AndReprojectsToLambert93WithTypedProperties() throws Exception {
        ImportFixtures.Read read = readAll(collection(PANTIN_FEATURE), ImportOptions.forLayer("Point"));

        assertThat(read.summary().format()).isEqualTo(ImportFormat.GEOJSON);
        assertThat(read.summary().sourceSrid()).isEqualTo(4326);
        assertThat(read.features()).singleElement().satisfies(feature -> {
            assertAtPantin(feature.geometry());
            assertThat(feature.row()).isEqualTo(1);
            assertThat(feature.properties()).containsExactly(entry("nom", "Mairie de Pantin"),
                    entry("capacite", 120L), entry("surface", 850.5), entry("accessible", true), entry("code", null));
        });
    }

    @Test
    void previewDescribesTheFile() throws Exception {
        String second = """
                {"type": "Feature", "properties": {"nom": "Gymnase", "capacite": 80.5, "surface": 300},
                 "geometry": {"type": "Point", "coordinates": [2.45, 48.88]}}""";

        ImportPreview preview = ImportFixtures.READER.preview(collection(PANTIN_FEATURE + "," + second),
                ImportOptions.forLayer("MultiPoint"));

        assertThat(preview.summary().featureCount()).isEqualTo(2);
        assertThat(preview.summary().geometryTypes()).containsExactly("Point");
        Extent extent = preview.summary().extent();
        assertThat(extent.west()).isCloseTo(2.4093, within(1e-9));
        assertThat(extent.south()).isCloseTo(48.88, within(1e-9));
        assertThat(extent.east()).isCloseTo(2.45, within(1e-9));
        assertThat(extent.north()).isCloseTo(48.8944, within(1e-9));
        assertThat(preview.attributes()).containsExactly(new Attribute("nom", AttributeType.TEXT),
                new Attribute("capacite", AttributeType.DECIMAL), new Attribute("surface", AttributeType.DECIMAL),
                new Attribute("accessible", AttributeType.BOOLEAN), new Attribute("code", AttributeType.TEXT));
        assertThat(preview.firstRows()).hasSize(2);
        assertThat(preview.firstRows().get(1)).containsEntry("nom", "Gymnase");
    }

    @Test
    void legacyCrsInLambert93MayFollowTheFeatures() throws Exception {
        Path file = write(dir, "l93.json", """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                  "geometry": {"type": "Point", "coordinates": [%s, %s]}}],
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}}}"""
                .formatted(PANTIN_X, PANTIN_Y));

        ImportFixtures.Read read = readAll(file, ImportOptions.forLayer("Point"));

        assertThat(read.summary().sourceSrid()).isEqualTo(2154);
        assertAtPantin(read.features().getFirst().geometry());
    }

    @Test
    void legacyCrsInWebMercator() throws Exception {
        Path file = write(dir, "3857.json", """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
                 "features": [{"type": "Feature", "properties": {},
                  "geometry": {"type": "Point", "coordinates": [%s, %s]}}]}"""
                .formatted(PANTIN_MERCATOR_X, PANTIN_MERCATOR_Y));

        ImportFixtures.Read read = readAll(file, ImportOptions.forLayer("Point"));

        assertThat(read.summary().sourceSrid()).isEqualTo(3857);
        assertAtPantin(read.features().getFirst().geometry());
    }

    @Test
    void anotherCrsIsRefusedByName() {
        Path file = write(dir, "ntf.json", """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:27572"}},
                 "features": []}""");

        assertThat(refusal(file, ImportOptions.forLayer("Point")))
                .hasMessageContaining("non pris en charge : EPSG:27572");
    }

    @Test
    void brokenJsonIsRefused() {
        Path file = write(dir, "broken.json", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": oops");

        assertThat(refusal(file, ImportOptions.forLayer("Point")))
                .hasMessage("Le fichier commence comme du GeoJSON mais n'est pas du JSON valide (ligne 1, colonne 53).");
    }

    @Test
    void jsonThatIsNoFeatureCollectionIsRefused() {
        Path file = write(dir, "feature.json", PANTIN_FEATURE);

        assertThat(refusal(file, ImportOptions.forLayer("Point")))
                .hasMessageContaining("doit être une FeatureCollection").hasMessageContaining("type trouvé : Feature");
    }

    @Test
    void aGeometryOfAnotherTypeIsARowError() throws Exception {
        String line = """
                {"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
                 "coordinates": [[2.40, 48.89], [2.41, 48.90]]}}""";
        String noGeometry = "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}";

        ImportFixtures.Read read = readAll(collection(PANTIN_FEATURE + "," + line + "," + noGeometry),
                ImportOptions.forLayer("Point"));

        assertThat(read.features()).hasSize(1);
        assertThat(read.summary().rowCount()).isEqualTo(3);
        assertThat(messages(read.summary().errors())).containsExactly(
                "objet 2 : géométrie de type ligne, incompatible avec une couche de points",
                "objet 3 : objet sans géométrie");
    }

    @Test
    void anInvalidPolygonIsRepairedWithAWarning() throws Exception {
        ImportFixtures.Read read = readAll(collection(bowTie()), ImportOptions.forLayer("MultiPolygon"));

        assertThat(messages(read.summary().warnings()))
                .containsExactly("objet 1 : géométrie invalide (auto-intersection), réparée");
        Geometry repaired = read.features().getFirst().geometry();
        assertThat(repaired.isValid()).isTrue();
        assertThat(repaired.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(repaired.getSRID()).isEqualTo(2154);
    }

    @Test
    void aRepairThatChangesTheTypeAwayFromTheLayersIsARowError() throws Exception {
        ImportFixtures.Read read = readAll(collection(bowTie()), ImportOptions.forLayer("Polygon"));

        assertThat(read.features()).isEmpty();
        assertThat(messages(read.summary().errors())).containsExactly("objet 1 : géométrie invalide"
                + " (auto-intersection) : réparée, elle devient un multipolygone, incompatible avec une couche de"
                + " polygones");
    }

    @Test
    void multiPartGeometriesAreReadAndMalformedOnesAreRowErrors() throws Exception {
        String square = "[[2.40, 48.88], [2.42, 48.88], [2.42, 48.90], [2.40, 48.90], [2.40, 48.88]]";
        String hole = "[[2.41, 48.885], [2.415, 48.885], [2.415, 48.89], [2.41, 48.885]]";
        String multiPolygon = """
                {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon",
                 "coordinates": [[%s, %s]]}}""".formatted(square, hole);
        String unclosed = """
                {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                 "coordinates": [[[2.40, 48.88], [2.42, 48.88], [2.42, 48.90], [2.40, 48.90]]]}}""";

        ImportFixtures.Read read = readAll(collection(multiPolygon + "," + unclosed),
                ImportOptions.forLayer("Geometry"));

        Geometry parsed = read.features().getFirst().geometry();
        assertThat(parsed.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(((Polygon) parsed.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(messages(read.summary().errors())).containsExactly("objet 2 : géométrie illisible : un contour"
                + " de polygone doit être fermé et avoir au moins 4 points");
    }

    /** Two triangles crossing at a point: a self-intersecting ring. */
    private static String bowTie() {
        return """
                {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates":
                 [[[2.40, 48.89], [2.42, 48.90], [2.42, 48.89], [2.40, 48.90], [2.40, 48.89]]]}}""";
    }
}
