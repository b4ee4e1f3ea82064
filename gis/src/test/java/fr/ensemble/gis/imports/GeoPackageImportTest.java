package fr.ensemble.gis.imports;

import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_LAT;
import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_LON;
import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_X;
import static fr.ensemble.gis.imports.ImportFixtures.PANTIN_Y;
import static fr.ensemble.gis.imports.ImportFixtures.assertAtPantin;
import static fr.ensemble.gis.imports.ImportFixtures.readAll;
import static fr.ensemble.gis.imports.ImportFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageImportTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFeatureTableAndReprojects() throws Exception {
        Path file = geoPackage(4326, GeometryType.POINT, "equipements");

        ImportFixtures.Read read = readAll(file, ImportOptions.forLayer("MultiPoint"));

        assertThat(read.summary().format()).isEqualTo(ImportFormat.GEOPACKAGE);
        assertThat(read.summary().sourceSrid()).isEqualTo(4326);
        assertThat(read.features()).singleElement().satisfies(feature -> {
            assertAtPantin(feature.geometry());
            assertThat(feature.properties()).containsExactly(entry("nom", "Médiathèque Jean-Rostand"),
                    entry("capacite", 120L), entry("surface", 850.5));
        });
    }

    @Test
    void theTablesDeclaredTypeMustSuitTheLayer() throws Exception {
        Path file = geoPackage(4326, GeometryType.POINT, "equipements");

        assertThat(refusal(file, ImportOptions.forLayer("Polygon")))
                .hasMessage("Le fichier contient des points, incompatibles avec une couche de polygones.");
    }

    @Test
    void anotherCrsIsRefusedByName() throws Exception {
        Path file = geoPackage(32631, GeometryType.POINT, "equipements");

        assertThat(refusal(file, ImportOptions.forLayer("Point")))
                .hasMessageStartingWith("Système de coordonnées non pris en charge : EPSG:32631 (");
    }

    @Test
    void lambert93IsKeptAsIs() throws Exception {
        Path file = geoPackage(2154, GeometryType.GEOMETRY, "equipements");

        ImportFixtures.Read read = readAll(file, ImportOptions.forLayer("Point"));

        assertThat(read.summary().sourceSrid()).isEqualTo(2154);
        assertAtPantin(read.features().getFirst().geometry());
    }

    @Test
    void severalFeatureTablesAreRefused() throws Exception {
        Path file = geoPackage(4326, GeometryType.POINT, "equipements", "parcs");

        assertThat(refusal(file, ImportOptions.forLayer("Point"))).hasMessage("Le GeoPackage contient plusieurs"
                + " tables d'objets (equipements, parcs) : importez-les une par une, un fichier par table.");
    }

    @Test
    void aSqliteDatabaseThatIsNoGeoPackageIsRefused() throws Exception {
        Path file = dir.resolve("base.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.createStatement().execute("create table t (id integer)");
        }

        assertThat(refusal(file, ImportOptions.forLayer("Point")))
                .hasMessage("Le fichier est une base SQLite mais pas un GeoPackage.");
    }

    /** A GeoPackage (without its usual extension, as an upload is stored) with Pantin town hall in each table. */
    private Path geoPackage(int epsg, GeometryType type, String... tables) throws Exception {
        Path file = dir.resolve("upload.gpkg");
        GeoPackageManager.create(file.toFile());
        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
            SpatialReferenceSystem srs = srs(geoPackage, epsg);
            geoPackage.createGeometryColumnsTable();
            for (String table : tables) {
                GeometryColumns geometryColumns = new GeometryColumns();
                geometryColumns.setId(new TableColumnKey(table, "geom"));
                geometryColumns.setGeometryType(type);
                geometryColumns.setZ((byte) 0);
                geometryColumns.setM((byte) 0);
                geometryColumns.setSrs(srs);
                geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, List.of(
                        FeatureColumn.createColumn("nom", GeoPackageDataType.TEXT),
                        FeatureColumn.createColumn("capacite", GeoPackageDataType.INTEGER),
                        FeatureColumn.createColumn("surface", GeoPackageDataType.DOUBLE))));
                FeatureDao dao = geoPackage.getFeatureDao(table);
                FeatureRow row = dao.newRow();
                Point pantin = epsg == 2154 ? new Point(PANTIN_X, PANTIN_Y) : new Point(PANTIN_LON, PANTIN_LAT);
                row.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(), pantin));
                row.setValue("nom", "Médiathèque Jean-Rostand");
                row.setValue("capacite", 120);
                row.setValue("surface", 850.5);
                dao.insert(row);
            }
        }
        Path upload = dir.resolve("upload.tmp");
        Files.move(file, upload);
        return upload;
    }

    /**
     * The library only knows a few systems by heart; others are declared as ogr2ogr would, with the WKT of
     * {@code gdalsrsinfo -o wkt1 EPSG:<code>}.
     */
    private static SpatialReferenceSystem srs(GeoPackage geoPackage, int epsg) throws Exception {
        SpatialReferenceSystemDao dao = geoPackage.getSpatialReferenceSystemDao();
        if (epsg == 4326) {
            return dao.getOrCreateCode("EPSG", epsg);
        }
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsId(epsg);
        srs.setSrsName(epsg == 2154 ? "RGF93 v1 / Lambert-93" : "WGS 84 / UTM zone 31N");
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(epsg);
        try (InputStream wkt = GeoPackageImportTest.class.getResourceAsStream("epsg-" + epsg + ".wkt")) {
            srs.setDefinition(new String(wkt.readAllBytes(), StandardCharsets.UTF_8));
        }
        dao.create(srs);
        return srs;
    }
}
