package fr.ensemble.gis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Vector tiles of the shared layers: decoded by GDAL, cached with entity tags, bad coordinates refused. */
@IntegrationTest
class VectorTilesIT {

    /** Zoom 12 over Pantin. */
    private static final String PANTIN_TILE = "/tiles/communes/12/2075/1408.mvt";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void aTileOverPantinDecodesWithGdal() throws Exception {
        Process ogrinfo = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so",
                "MVT:/vsicurl/http://127.0.0.1:" + port + PANTIN_TILE).redirectErrorStream(true).start();
        String output = new String(ogrinfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ogrinfo.waitFor()).as(output).isZero();
        assertThat(output).contains("Layer name: communes");
        Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(output);
        assertThat(count.find()).as(output).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aTileOverPantinDecodesInJavaWithItsAttributes() throws Exception {
        HttpResponse<byte[]> tile = get(PANTIN_TILE, null);
        JtsMvt decoded = MvtReader.loadMvt(new ByteArrayInputStream(tile.body()), new GeometryFactory(),
                new TagKeyValueMapConverter());

        JtsLayer communes = decoded.getLayer("communes");
        assertThat(communes).isNotNull();
        assertThat(communes.getGeometries()).isNotEmpty()
                .extracting(geometry -> (Object) ((Map<?, ?>) geometry.getUserData()).get("nom")).contains("Pantin");
        assertThat(communes.getGeometries()).allSatisfy(geometry -> assertThat(geometry.isValid()).isTrue());
    }

    @Test
    void tilesAreCachedByEntityTag() throws Exception {
        HttpResponse<byte[]> tile = get(PANTIN_TILE, null);
        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.headers().firstValue("Content-Type")).hasValue("application/vnd.mapbox-vector-tile");
        assertThat(tile.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=300", "public"));
        assertThat(tile.body()).isNotEmpty();
        String etag = tile.headers().firstValue("ETag").orElseThrow();

        assertThat(get(PANTIN_TILE, etag).statusCode()).isEqualTo(304);
        assertThat(get("/tiles/communes/12/0/0.mvt", null).body()).as("a tile far from the territory").isEmpty();
    }

    @Test
    void badTileCoordinatesAndUnknownLayersAreRefused() throws Exception {
        assertThat(get("/tiles/communes/23/0/0.mvt", null).statusCode()).isEqualTo(400);
        assertThat(get("/tiles/communes/12/5000/1408.mvt", null).statusCode()).isEqualTo(400);
        assertThat(get("/tiles/communes/12/abc/1408.mvt", null).statusCode()).isEqualTo(400);
        assertThat(get("/tiles/atlantide/12/2075/1408.mvt", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theTileJsonDescribesTheLayer() throws Exception {
        JsonNode tileJson = json.readTree(get("/tiles/communes.json", null).body());

        assertThat(tileJson.path("tiles").get(0).asString()).endsWith("/tiles/communes/{z}/{x}/{y}.mvt");
        assertThat(tileJson.path("vector_layers").get(0).path("id").asString()).isEqualTo("communes");
        assertThat(tileJson.path("bounds")).hasSize(4);
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
