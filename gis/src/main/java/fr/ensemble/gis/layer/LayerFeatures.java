package fr.ensemble.gis.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * Reads a layer's features, wherever the layer lives, for OGC API Features and the attribute table.
 * Geometries leave the database as GeoJSON in the requested CRS; extents are given in CRS84.
 */
@Service
public class LayerFeatures {

    private static final RowMapper<Feature> FEATURE = (row, number) ->
            new Feature(row.getLong("id"), row.getString("properties"), row.getString("feature"));

    private final LayerDatabase database;

    LayerFeatures(LayerDatabase database) {
        this.database = database;
    }

    /** The layer's extent in CRS84: west, south, east, north; empty for a layer without features. */
    public Optional<double[]> extent(Layer layer) {
        return extent(layer, Selection.ALL);
    }

    /** The extent in CRS84 (west, south, east, north) of the selected features; empty when none is selected. */
    public Optional<double[]> extent(Layer layer, Selection selection) {
        return database.read(layer.commune(), jdbc -> jdbc.query("""
                SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (
                  SELECT ST_Extent(ST_Transform(geom, 4326)) AS e FROM %s.feature%s) AS extent
                WHERE e IS NOT NULL""".formatted(database.schema(layer.commune()), where(selection)),
                (row, number) -> new double[] {row.getDouble(1), row.getDouble(2), row.getDouble(3), row.getDouble(4)},
                arguments(layer, selection).toArray()).stream().findFirst());
    }

    public long count(Layer layer, Selection selection) {
        return database.read(layer.commune(), jdbc -> jdbc.queryForObject(
                "SELECT count(*) FROM " + database.schema(layer.commune()) + ".feature" + where(selection),
                Long.class, arguments(layer, selection).toArray()));
    }

    /**
     * A page of features, in id order, geometries in the requested CRS. With a bounding box, the features in
     * it are found first (through the spatial index), then sorted: walking the whole layer in id order to
     * find a small box's features is what the planner would otherwise often choose.
     */
    public List<Feature> features(Layer layer, Selection selection, Crs crs, int limit, long offset) {
        List<Object> arguments = arguments(layer, selection);
        arguments.add(limit);
        arguments.add(offset);
        String table = database.schema(layer.commune()) + ".feature";
        String source = selection.bbox() == null ? table + where(selection)
                : "(SELECT * FROM " + table + where(selection) + " OFFSET 0) AS selected";
        return database.read(layer.commune(), jdbc -> jdbc.query(
                select(crs, source) + " ORDER BY id LIMIT ? OFFSET ?", FEATURE, arguments.toArray()));
    }

    public Optional<Feature> feature(Layer layer, long id, Crs crs) {
        return database.read(layer.commune(), jdbc -> jdbc.query(
                select(crs, database.schema(layer.commune()) + ".feature WHERE layer_id = ? AND id = ?"), FEATURE,
                layer.id(), id).stream().findFirst());
    }

    /** The GeoJSON feature is written by PostgreSQL. The srid and precision are ours, safe to inline. */
    private static String select(Crs crs, String from) {
        return "SELECT id, properties::text AS properties, json_build_object('type', 'Feature', 'id', id, 'geometry', "
                + "ST_AsGeoJSON(ST_Transform(geom, " + crs.srid() + "), " + crs.decimals() + ")::json, "
                + "'properties', properties)::text AS feature FROM " + from;
    }

    /** A feature is in the box when its geometry meets the box, not merely its own bounding box. */
    private static String where(Selection selection) {
        StringBuilder where = new StringBuilder(" WHERE layer_id = ?");
        if (selection.bbox() != null) {
            where.append(" AND ST_Intersects(geom, ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, ")
                    .append(selection.bbox().crs().srid()).append("), 2154))");
        }
        selection.properties().forEach((name, value) -> where.append(" AND properties ->> ? = ?"));
        return where.toString();
    }

    private static List<Object> arguments(Layer layer, Selection selection) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(layer.id());
        BoundingBox bbox = selection.bbox();
        if (bbox != null) {
            arguments.addAll(List.of(bbox.minX(), bbox.minY(), bbox.maxX(), bbox.maxY()));
        }
        selection.properties().forEach((name, value) -> {
            arguments.add(name);
            arguments.add(value);
        });
        return arguments;
    }

    /**
     * Which features: those whose geometry's box meets {@code bbox} (when given) and whose properties equal
     * the given values (compared as text).
     */
    public record Selection(BoundingBox bbox, Map<String, String> properties) {

        public static final Selection ALL = new Selection(null, Map.of());
    }

    /** A bounding box in one of the supported CRS. */
    public record BoundingBox(double minX, double minY, double maxX, double maxY, Crs crs) {
    }

    /**
     * A feature: its properties as JSON text, and the whole feature as GeoJSON text.
     */
    public record Feature(long id, String propertiesJson, String geoJson) {
    }
}
