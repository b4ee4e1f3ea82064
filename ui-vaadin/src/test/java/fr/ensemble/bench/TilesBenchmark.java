package fr.ensemble.bench;

import static fr.ensemble.bench.GisBench.LAYER;
import static fr.ensemble.bench.GisBench.THREADS;

import fr.ensemble.gis.layer.VectorTiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Vector tiles of the generated layer over a zoom 12-16 pyramid of the territory: (a) cold, the first request
 * of each tile after our cache was made stale, next to the same {@code ST_AsMVT} query over JDBC (the floor) and
 * MapServer's tiles (no cache, so one figure), in alternating rounds; (b) warm, the same tiles again from our
 * cache.
 */
class TilesBenchmark implements Benchmarks.Benchmark {

    private static final int MIN_ZOOM = 12;
    private static final int MAX_ZOOM = 16;
    /** Evenly spread tiles at most per zoom (zoom 16 alone has about 500), to keep the run short. */
    private static final int MAX_TILES_PER_ZOOM = 48;
    private static final int ROUNDS = 3;
    private static final int WARM_PASSES = 10;

    @Override
    public void run(ConfigurableApplicationContext application) throws Exception {
        VectorTiles tiles = application.getBean(VectorTiles.class);
        try (GisBench bench = GisBench.open(application)) {
            List<TileId> pyramid = pyramid();
            Throughput.ItemOperation<TileId> ours = tile -> bench.get(oursUrl(bench, tile));
            Throughput.ItemOperation<TileId> sql = tile -> tiles.mvt(bench.layer(), tile.z(), tile.x(), tile.y());
            Throughput.ItemOperation<TileId> mapserver = tile -> bench.get(mapServerUrl(bench, tile));
            checkSameFeatures(bench, pyramid.get(pyramid.size() / 2));

            // Unmeasured: PostgreSQL's buffers, the JIT, MapServer's processes and connections.
            Throughput.timeEach(THREADS, pyramid, sql);
            Throughput.timeEach(THREADS, pyramid, ours);
            Throughput.timeEach(THREADS, pyramid, mapserver);
            List<Throughput.Latencies> cold = new ArrayList<>();
            List<Throughput.Latencies> floor = new ArrayList<>();
            List<Throughput.Latencies> peer = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                bench.touchLayer();
                cold.add(Throughput.timeEach(THREADS, pyramid, ours));
                floor.add(Throughput.timeEach(THREADS, pyramid, sql));
                peer.add(Throughput.timeEach(THREADS, pyramid, mapserver));
            }
            var warm = Throughput.timeEach(THREADS, Collections.nCopies(WARM_PASSES, pyramid).stream()
                    .flatMap(List::stream).toList(), ours);

            Benchmarks.print("tiles.threads", THREADS);
            Benchmarks.print("tiles.count", pyramid.size());
            var coldOurs = Throughput.Latencies.of(cold);
            var coldSql = Throughput.Latencies.of(floor);
            var mapServer = Throughput.Latencies.of(peer);
            coldOurs.print("tiles.cold.ours");
            coldSql.print("tiles.cold.sql");
            Benchmarks.print("tiles.cold.ratio_to_sql", coldOurs.percentileMs(50) / coldSql.percentileMs(50));
            Benchmarks.print("tiles.cold.ratio_to_sql.goal_max", 1.3);
            warm.print("tiles.warm.ours");
            mapServer.print("tiles.mapserver");
            Benchmarks.print("tiles.warm.ratio_to_mapserver", warm.perSecond() / mapServer.perSecond());
            Benchmarks.print("tiles.warm.ratio_to_mapserver.goal_min", 10.0);
        }
    }

    /**
     * Both serve the same points: about as many features in one tile. Both keep a buffer of 64/4096 of the tile
     * around it, but round its edge differently, so a point or two may differ: within 1 %.
     */
    private static void checkSameFeatures(GisBench bench, TileId tile) throws Exception {
        int ours = GisBench.mvtFeatures(bench.get(oursUrl(bench, tile)));
        int theirs = GisBench.mvtFeatures(bench.get(mapServerUrl(bench, tile)));
        Benchmarks.print("tiles.check.tile", tile.toString());
        Benchmarks.print("tiles.check.features.ours", ours);
        Benchmarks.print("tiles.check.features.mapserver", theirs);
        if (ours == 0 || Math.abs(ours - theirs) > ours / 100) {
            throw new IllegalStateException("our tile " + tile + " has " + ours + " features, MapServer's " + theirs);
        }
    }

    private static String oursUrl(GisBench bench, TileId tile) {
        return bench.ours + "/tiles/" + LAYER + "/" + tile + ".mvt";
    }

    /** MapServer's tile mode, Google-style x/y/z in Web Mercator, as MVT. */
    private static String mapServerUrl(GisBench bench, TileId tile) {
        return bench.mapserver + "?mode=tile&tilemode=gmap&layers=" + LAYER + "&map.imagetype=mvt&tile="
                + tile.x() + "+" + tile.y() + "+" + tile.z();
    }

    /** The WebMercatorQuad tiles over the territory, zoom by zoom, at most {@value #MAX_TILES_PER_ZOOM} each. */
    static List<TileId> pyramid() {
        List<TileId> pyramid = new ArrayList<>();
        for (int z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
            List<TileId> level = new ArrayList<>();
            for (int x = column(GisBench.WEST, z); x <= column(GisBench.EAST, z); x++) {
                for (int y = row(GisBench.NORTH, z); y <= row(GisBench.SOUTH, z); y++) {
                    level.add(new TileId(z, x, y));
                }
            }
            int kept = Math.min(level.size(), MAX_TILES_PER_ZOOM);
            for (int i = 0; i < kept; i++) {
                pyramid.add(level.get(i * level.size() / kept));
            }
        }
        return pyramid;
    }

    private static int column(double longitude, int z) {
        return (int) Math.floor((longitude + 180) / 360 * (1 << z));
    }

    private static int row(double latitude, int z) {
        double radians = Math.toRadians(latitude);
        return (int) Math.floor((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2 * (1 << z));
    }

    record TileId(int z, int x, int y) {

        @Override
        public String toString() {
            return z + "/" + x + "/" + y;
        }
    }
}
