package fr.ensemble.gis.layer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The shared layers (schema {@code territoire}) and their features, read for OGC API Features. Geometries leave
 * the database as GeoJSON in WGS84 (CRS84); bounding boxes are given in CRS84 too.
 */
@Service
public class SharedLayers {

    private static final RowMapper<Layer> LAYER = (row, number) -> new Layer(row.getString("id"),
            row.getString("title"), row.getString("description"), row.getString("geometry_type"),
            row.getString("owner_tenant"), row.getString("audience"), row.getString("attribution"),
            row.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;

    public SharedLayers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The layers anyone may read. */
    public List<Layer> publicLayers() {
        return jdbc.query("SELECT * FROM territoire.layer WHERE audience = 'PUBLIC' ORDER BY id", LAYER);
    }

    public Optional<Layer> publicLayer(String id) {
        return jdbc.query("SELECT * FROM territoire.layer WHERE audience = 'PUBLIC' AND id = ?", LAYER, id)
                .stream().findFirst();
    }

    /** The layer's extent in CRS84: west, south, east, north; empty for a layer without features. */
    public Optional<double[]> extent(String layerId) {
        return jdbc.query("""
                SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (
                  SELECT ST_Extent(ST_Transform(geom, 4326)) AS e FROM territoire.feature WHERE layer_id = ?) AS extent
                WHERE e IS NOT NULL""",
                (row, number) -> new double[] {row.getDouble(1), row.getDouble(2), row.getDouble(3), row.getDouble(4)},
                layerId).stream().findFirst();
    }

    public long count(String layerId, BoundingBox bbox) {
        return jdbc.queryForObject("SELECT count(*) FROM territoire.feature WHERE layer_id = ?" + bboxFilter(bbox),
                Long.class, arguments(layerId, bbox));
    }

    /** A page of features, geometries in the requested CRS (srid and precision are ours, safe to inline). */
    public List<Feature> features(String layerId, BoundingBox bbox, Crs crs, int limit, long offset) {
        Object[] arguments = arguments(layerId, bbox);
        Object[] paged = Arrays.copyOf(arguments, arguments.length + 2);
        paged[arguments.length] = limit;
        paged[arguments.length + 1] = offset;
        return jdbc.query(select(crs) + " WHERE layer_id = ?" + bboxFilter(bbox) + " ORDER BY id LIMIT ? OFFSET ?",
                FEATURE, paged);
    }

    public Optional<Feature> feature(String layerId, long id, Crs crs) {
        return jdbc.query(select(crs) + " WHERE layer_id = ? AND id = ?", FEATURE, layerId, id).stream().findFirst();
    }

    private static String select(Crs crs) {
        return "SELECT id, properties::text, ST_AsGeoJSON(ST_Transform(geom, " + crs.srid() + "), " + crs.decimals()
                + ") AS geometry FROM territoire.feature";
    }

    private static String bboxFilter(BoundingBox bbox) {
        return bbox == null ? "" : " AND geom && ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, " + bbox.crs().srid() + "), 2154)";
    }

    private static Object[] arguments(String layerId, BoundingBox bbox) {
        return bbox == null ? new Object[] {layerId}
                : new Object[] {layerId, bbox.minX(), bbox.minY(), bbox.maxX(), bbox.maxY()};
    }

    private static final RowMapper<Feature> FEATURE = (row, number) ->
            new Feature(row.getLong("id"), row.getString("properties"), row.getString("geometry"));

    /** A bounding box in one of the supported CRS. */
    public record BoundingBox(double minX, double minY, double maxX, double maxY, Crs crs) {
    }

    /** A feature with its properties and geometry as GeoJSON text. */
    public record Feature(long id, String propertiesJson, String geometryJson) {
    }
}
