package fr.ensemble.gis.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** The one feature table of a GeoPackage, read through a cursor; its primary key is not an attribute. */
final class GeoPackageSource implements FeatureSource {

    private static final List<String> JTS_TYPES = List.of("Point", "LineString", "Polygon", "MultiPoint",
            "MultiLineString", "MultiPolygon", "GeometryCollection");

    private final GeoPackage geoPackage;
    private final FeatureResultSet cursor;
    private final int srid;
    private final Optional<String> geometryType;
    private final long total;
    private final WKBReader wkb = new WKBReader();
    private long row;

    private GeoPackageSource(GeoPackage geoPackage, FeatureResultSet cursor, int srid, Optional<String> geometryType,
            long total) {
        this.geoPackage = geoPackage;
        this.cursor = cursor;
        this.srid = srid;
        this.geometryType = geometryType;
        this.total = total;
    }

    static GeoPackageSource open(Path file) throws ImportRefusedException {
        GeoPackage geoPackage;
        List<String> tables;
        try {
            geoPackage = GeoPackageManager.open(false, file.toFile(), false);
        } catch (RuntimeException e) {
            throw new ImportRefusedException("Le fichier est une base SQLite illisible, pas un GeoPackage.");
        }
        try {
            tables = geoPackage.getFeatureTables();
        } catch (RuntimeException e) {
            geoPackage.close();
            throw new ImportRefusedException("Le fichier est une base SQLite mais pas un GeoPackage.");
        }
        try {
            if (tables.size() != 1) {
                throw new ImportRefusedException(tables.isEmpty()
                        ? "Le GeoPackage ne contient aucune table d'objets géographiques."
                        : "Le GeoPackage contient plusieurs tables d'objets (" + String.join(", ", tables)
                                + ") : importez-les une par une, un fichier par table.");
            }
            FeatureDao dao = geoPackage.getFeatureDao(tables.getFirst());
            int srid = srid(dao.getSrs());
            return new GeoPackageSource(geoPackage, dao.queryForAll(), srid, jtsType(dao.getGeometryType()),
                    dao.count());
        } catch (ImportRefusedException | RuntimeException e) {
            geoPackage.close();
            throw e;
        }
    }

    private static int srid(SpatialReferenceSystem srs) throws ImportRefusedException {
        if (srs == null || srs.getSrsId() <= 0) {
            throw new ImportRefusedException("Le GeoPackage ne précise pas le système de coordonnées de ses objets.");
        }
        String named = srs.getOrganization() + ":" + srs.getOrganizationCoordsysId() + " (" + srs.getSrsName() + ")";
        if (!"EPSG".equalsIgnoreCase(srs.getOrganization())) {
            throw Reprojection.unsupported(named);
        }
        return Reprojection.require((int) srs.getOrganizationCoordsysId(), named);
    }

    /** The table's declared type as JTS names it; none for GEOMETRY (any type). */
    private static Optional<String> jtsType(GeometryType type) {
        if (type == null || type == GeometryType.GEOMETRY) {
            return Optional.empty();
        }
        return JTS_TYPES.stream().filter(name -> name.equalsIgnoreCase(type.getName())).findFirst();
    }

    @Override
    public int srid() {
        return srid;
    }

    @Override
    public Optional<String> declaredGeometryType() {
        return geometryType;
    }

    @Override
    public SourceRow next() throws IOException {
        if (!cursor.moveToNext()) {
            return null;
        }
        row++;
        FeatureRow feature = cursor.getRow();
        Map<String, Object> properties = properties(feature);
        GeoPackageGeometryData data = feature.getGeometry();
        if (data == null || data.isEmpty()) {
            return SourceRow.faulty(row, properties, "objet sans géométrie");
        }
        try {
            return SourceRow.feature(row, properties, wkb.read(data.getWkb()));
        } catch (ParseException e) {
            return SourceRow.faulty(row, properties, "géométrie illisible");
        }
    }

    private static Map<String, Object> properties(FeatureRow feature) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FeatureColumn column : feature.getColumns().getColumns()) {
            if (!column.isGeometry() && !column.isPrimaryKey()) {
                values.put(column.getName(), value(column, feature.getValue(column.getName())));
            }
        }
        return values;
    }

    /** To the value types of {@link ImportedFeature}. */
    private static Object value(FeatureColumn column, Object value) {
        return switch (value) {
            case Date date when column.getDataType() == GeoPackageDataType.DATE ->
                    date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            case Date date -> date.toInstant();
            case Float decimal -> decimal.doubleValue();
            case Integer integer -> integer.longValue();
            case Short integer -> integer.longValue();
            case Byte integer -> integer.longValue();
            case null, default -> value;
        };
    }

    @Override
    public long done() {
        return row;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public void close() {
        cursor.close();
        geoPackage.close();
    }
}
