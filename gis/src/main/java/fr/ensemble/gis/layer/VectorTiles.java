package fr.ensemble.gis.layer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.stereotype.Service;

/**
 * Mapbox Vector Tiles of the layers (WebMercatorQuad), made by PostGIS ({@code ST_AsMVT}) and kept in
 * memory. The cache key holds the layer's update time and the audience, so that an edit or import is never
 * served stale and a restricted layer's tile never comes out of a public entry.
 */
@Service
public class VectorTiles {

    public static final int MAX_ZOOM = 22;
    private static final int EXTENT = 4096;
    private static final int BUFFER = 64;

    private final LayerDatabase database;
    private final Cache<Key, Tile> cache = Caffeine.newBuilder().maximumWeight(256L * 1024 * 1024)
            .weigher((Key key, Tile tile) -> tile.bytes().length + 100).build();

    VectorTiles(LayerDatabase database) {
        this.database = database;
    }

    /** Check that the caller may read the layer first: the cache does not know who asks. */
    public Tile tile(Layer layer, int z, int x, int y) {
        return cache.get(new Key(layer.collectionId(), layer.updatedAt(), layer.audience(), z, x, y),
                key -> render(layer, z, x, y));
    }

    /** The MVT layer inside the tile is named after the collection id. */
    private Tile render(Layer layer, int z, int x, int y) {
        byte[] bytes = mvt(layer, z, x, y);
        return new Tile(bytes, etag(bytes));
    }

    /**
     * The tile straight from PostGIS, bypassing the cache: serve {@link #tile} instead. Public for the tiles
     * benchmark, whose floor is this query.
     */
    public byte[] mvt(Layer layer, int z, int x, int y) {
        byte[] bytes = database.read(layer.commune(), jdbc -> jdbc.queryForObject("""
                WITH bounds AS (SELECT ST_TileEnvelope(?, ?, ?) AS envelope)
                SELECT ST_AsMVT(tile, ?, %d, 'geom', 'id') FROM (
                  SELECT f.id, f.properties,
                         ST_AsMVTGeom(ST_Transform(f.geom, 3857), bounds.envelope, %d, %d, true) AS geom
                  FROM %s.feature f, bounds
                  WHERE f.layer_id = ? AND f.geom && ST_Transform(bounds.envelope, 2154)
                ) AS tile WHERE geom IS NOT NULL""".formatted(EXTENT, EXTENT, BUFFER, database.schema(layer.commune())),
                byte[].class, z, x, y, layer.collectionId(), layer.id()));
        return bytes == null ? new byte[0] : bytes;
    }

    private static String etag(byte[] bytes) {
        try {
            return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Key(String collectionId, Instant version, Audience audience, int z, int x, int y) {
    }

    /** A tile's bytes and its entity tag. */
    public record Tile(byte[] bytes, String etag) {
    }
}
