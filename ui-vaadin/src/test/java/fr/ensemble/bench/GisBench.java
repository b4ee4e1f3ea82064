package fr.ensemble.bench;

import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.platform.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tiles and features benchmarks share: a public layer of {@value #POINTS} generated points over the
 * territory (created, or reused when a run was killed, and removed at the end, also on Ctrl-C), the addresses of
 * our application and of the MapServer peer that {@code infra/bench/run} starts, and HTTP GETs.
 */
final class GisBench implements AutoCloseable {

    static final String LAYER = "bench-points";
    static final int THREADS = 8;
    static final int POINTS = 100_000;
    /** The territory's extent in CRS84: the points fall inside it, the tiles and bboxes cover it. */
    static final double WEST = 2.39;
    static final double SOUTH = 48.85;
    static final double EAST = 2.52;
    static final double NORTH = 48.92;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Our application's root, e.g. {@code http://127.0.0.1:18080}. */
    final String ours;
    /** MapServer's FastCGI entry, e.g. {@code http://127.0.0.1:18090/mapserv}. */
    final String mapserver;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Thread removalOnInterrupt = new Thread(GisBench::removeLayer);
    private final LayerCatalogue catalogue;

    private GisBench(String ours, String mapserver, LayerCatalogue catalogue) {
        this.ours = ours;
        this.mapserver = mapserver;
        this.catalogue = catalogue;
    }

    static GisBench open(ConfigurableApplicationContext application) throws SQLException {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        var bench = new GisBench("http://127.0.0.1:" + port,
                "http://127.0.0.1:" + System.getenv().getOrDefault("ENSEMBLE_BENCH_MAPSERVER_PORT", "18090") + "/mapserv",
                application.getBean(LayerCatalogue.class));
        Runtime.getRuntime().addShutdownHook(bench.removalOnInterrupt);
        createLayer();
        return bench;
    }

    /** Makes every tile of the layer cold: our tile cache's key holds the layer's update time. */
    void touchLayer() throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE territoire.layer SET updated_at = clock_timestamp() WHERE id = ?")) {
            update.setString(1, LAYER);
            update.executeUpdate();
        }
        catalogue.changed(null);
    }

    /** The generated layer as the catalogue has it now. */
    Layer layer() {
        return catalogue.find(LAYER).orElseThrow();
    }

    /** The body of a GET that must answer 200. */
    byte[] get(String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                    + new String(response.body(), 0, Math.min(response.body().length, 500), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    JsonNode getJson(String url) throws Exception {
        return JSON.readTree(get(url));
    }

    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(removalOnInterrupt);
        removeLayer();
    }

    /** The layer with {@value #POINTS} random points (fixed seed) in Lambert-93, reused when already complete. */
    private static void createLayer() throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble"); Statement sql = connection.createStatement()) {
            try (ResultSet count = sql.executeQuery(
                    "SELECT count(*) FROM territoire.feature WHERE layer_id = '" + LAYER + "'")) {
                count.next();
                if (count.getLong(1) == POINTS) {
                    return;
                }
            }
            connection.setAutoCommit(false);
            sql.execute("DELETE FROM territoire.layer WHERE id = '" + LAYER + "'");
            sql.execute("""
                    INSERT INTO territoire.layer (id, title, description, geometry_type, owner_tenant, audience, attribution)
                    VALUES ('%s', 'Banc d''essai', 'Points aléatoires du banc d''essai SIG, retirés en fin de mesure.',
                            'Point', 'est-ensemble', 'PUBLIC', 'Données générées')""".formatted(LAYER));
            sql.execute("SELECT setseed(0.2026)");
            sql.execute("""
                    INSERT INTO territoire.feature (layer_id, properties, geom)
                    SELECT '%s', jsonb_build_object('name', 'Point ' || n,
                                   'category', (ARRAY['banc', 'arbre', 'lampadaire', 'borne'])[1 + n %% 4]),
                           ST_Transform(ST_SetSRID(ST_MakePoint(%s + random() * %s, %s + random() * %s), 4326), 2154)
                    FROM generate_series(1, %d) AS n""".formatted(
                    LAYER, WEST, EAST - WEST, SOUTH, NORTH - SOUTH, POINTS));
            connection.commit();
            connection.setAutoCommit(true);
            sql.execute("ANALYZE territoire.feature");
        }
    }

    private static void removeLayer() {
        try (Connection connection = LocalStack.superuser("ensemble"); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM territoire.layer WHERE id = '" + LAYER + "'");
        } catch (SQLException e) {
            System.err.println("could not remove the layer " + LAYER + ": " + e.getMessage());
        }
    }

    /** The number of features in a Mapbox vector tile, all layers together (protobuf read by hand). */
    static int mvtFeatures(byte[] tile) {
        int count = 0;
        var reader = new Protobuf(tile, 0, tile.length);
        while (reader.hasMore()) {
            int key = (int) reader.varint();
            if (key >> 3 == 3 && (key & 7) == 2) { // Tile.layers
                int length = (int) reader.varint();
                var layer = new Protobuf(tile, reader.position, reader.position + length);
                while (layer.hasMore()) {
                    int field = (int) layer.varint();
                    count += field >> 3 == 2 && (field & 7) == 2 ? 1 : 0; // Layer.features
                    layer.skip(field & 7);
                }
                reader.position += length;
            } else {
                reader.skip(key & 7);
            }
        }
        return count;
    }

    private static final class Protobuf {

        private final byte[] bytes;
        private final int end;
        private int position;

        Protobuf(byte[] bytes, int start, int end) {
            this.bytes = bytes;
            this.position = start;
            this.end = end;
        }

        boolean hasMore() {
            return position < end;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        void skip(int wireType) {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> position += 8;
                case 2 -> {
                    int length = (int) varint();
                    position += length;
                }
                case 5 -> position += 4;
                default -> throw new IllegalStateException("not a vector tile (wire type " + wireType + ")");
            }
        }
    }
}
