package fr.ensemble.gis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shared layers through OGC API – Features, read by our own client and by GDAL (what QGIS uses). */
@IntegrationTest
class OgcFeaturesIT {

    private static final String LAMBERT_93 = "http://www.opengis.net/def/crs/EPSG/0/2154";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theCommunesLayerIsServedAsOgcApiFeatures() throws Exception {
        assertThat(getJson("/ogc/conformance").path("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core", "ogcapi-features-1/1.0/conf/geojson");
        JsonNode communes = getJson("/ogc/collections/communes");
        assertThat(communes.path("storageCrs").asString()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/2154");
        JsonNode extent = communes.path("extent").path("spatial").path("bbox").get(0);
        assertThat(extent.get(0).asDouble()).isBetween(2.35, 2.45);
        assertThat(extent.get(3).asDouble()).isBetween(48.88, 48.95);

        HttpResponse<String> items = get("/ogc/collections/communes/items?limit=4");
        assertThat(items.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/geo+json"));
        JsonNode page = json.readTree(items.body());
        assertThat(page.path("numberMatched").asInt()).isEqualTo(9);
        assertThat(page.path("numberReturned").asInt()).isEqualTo(4);
        assertThat(page.path("links").toString()).contains("\"rel\":\"next\"");

        List<String> names = new ArrayList<>();
        getJson("/ogc/collections/communes/items").path("features")
                .forEach(feature -> names.add(feature.path("properties").path("nom").asString()));
        assertThat(names).containsExactlyInAnyOrder("Bagnolet", "Bobigny", "Bondy", "Les Lilas", "Montreuil",
                "Noisy-le-Sec", "Pantin", "Le Pré-Saint-Gervais", "Romainville");
    }

    @Test
    void aBoundingBoxSelectsTheCommunesItTouches() throws Exception {
        // Around Pantin's town hall (2.4023, 48.8944).
        JsonNode page = getJson("/ogc/collections/communes/items?bbox=2.400,48.893,2.404,48.896");
        List<String> names = new ArrayList<>();
        page.path("features").forEach(feature -> names.add(feature.path("properties").path("nom").asString()));
        assertThat(names).contains("Pantin").doesNotContain("Bondy", "Montreuil");

        String id = page.path("features").get(0).path("id").asString();
        assertThat(getJson("/ogc/collections/communes/items/" + id).path("type").asString()).isEqualTo("Feature");
    }

    @Test
    void lambert93CoordinatesMatchProjToTheMillimetre() throws Exception {
        JsonNode source = json.readTree(new ClassPathResource("gis/communes.geojson").getInputStream());
        JsonNode pantinSource = null;
        for (JsonNode feature : source.path("features")) {
            if (feature.path("properties").path("insee").asString().equals("93055")) {
                pantinSource = feature;
            }
        }
        JsonNode vertex = pantinSource.path("geometry").path("coordinates").get(0).get(0);
        String[] expected = gdaltransform(vertex.get(0).asDouble() + " " + vertex.get(1).asDouble()).split("\\s+");

        HttpResponse<String> response = get("/ogc/collections/communes/items?crs=" + LAMBERT_93
                + "&bbox-crs=" + LAMBERT_93 + "&bbox=656076,6866109,656276,6866309");
        assertThat(response.headers().firstValue("Content-Crs")).hasValue("<" + LAMBERT_93 + ">");
        JsonNode pantin = null;
        for (JsonNode feature : json.readTree(response.body()).path("features")) {
            if (feature.path("properties").path("nom").asString().equals("Pantin")) {
                pantin = feature;
            }
        }
        assertThat(pantin).as("Pantin's town hall lies in Pantin").isNotNull();
        JsonNode served = pantin.path("geometry").path("coordinates").get(0).get(0).get(0);
        assertThat(served.get(0).asDouble()).isCloseTo(Double.parseDouble(expected[0]), within(0.001));
        assertThat(served.get(1).asDouble()).isCloseTo(Double.parseDouble(expected[1]), within(0.001));
    }

    @Test
    void pantinsTownHallInLambert93MatchesProjToTheMillimetre() throws Exception {
        String[] expected = gdaltransform("2.4023 48.8944").split("\\s+");
        JsonNode townHall = null;
        for (JsonNode feature : getJson("/ogc/collections/equipements/items?crs=" + LAMBERT_93).path("features")) {
            if (feature.path("properties").path("nom").asString().equals("Hôtel de ville de Pantin")) {
                townHall = feature;
            }
        }
        assertThat(townHall).isNotNull();
        JsonNode point = townHall.path("geometry").path("coordinates");
        assertThat(point.get(0).asDouble()).isCloseTo(Double.parseDouble(expected[0]), within(0.001));
        assertThat(point.get(1).asDouble()).isCloseTo(Double.parseDouble(expected[1]), within(0.001));
    }

    @Test
    void everySampleEquipmentLiesInItsCommune() throws Exception {
        try (Connection superuser = LocalStack.superuser("ensemble");
                var rows = superuser.createStatement().executeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE ST_Within(e.geom, c.geom))
                        FROM territoire.feature e JOIN territoire.feature c
                          ON c.layer_id = 'communes' AND c.properties->>'insee' = e.properties->>'insee'
                        WHERE e.layer_id = 'equipements'""")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(27);
            assertThat(rows.getInt(2)).isEqualTo(27);
        }
        assertThat(getJson("/ogc/collections/equipements").path("title").asString()).contains("exemple");
    }

    @Test
    void aPositionIsPlacedInItsCommune() throws Exception {
        JsonNode pantin = getJson("/api/v1/territory/commune?lon=2.4023&lat=48.8944");
        assertThat(pantin.path("slug").asString()).isEqualTo("pantin");
        assertThat(pantin.path("inseeCode").asString()).isEqualTo("93055");
        assertThat(getJson("/api/v1/territory/commune?lon=2.4417&lat=48.8620").path("name").asString())
                .isEqualTo("Montreuil");

        HttpResponse<String> paris = get("/api/v1/territory/commune?lon=2.3522&lat=48.8566");
        assertThat(paris.statusCode()).isEqualTo(404);
        assertThat(json.readTree(paris.body()).path("title").asString()).isEqualTo("Hors du territoire");
        assertThat(get("/api/v1/territory/commune?lon=abc&lat=48.8").statusCode()).isEqualTo(400);
    }

    @Test
    void mistakesGetFrenchProblemDetails() throws Exception {
        HttpResponse<String> badLimit = get("/ogc/collections/communes/items?limit=abc");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badLimit.body()).path("detail").asString()).contains("« limit »");
        assertThat(get("/ogc/collections/communes/items?bbox=1,2,3").statusCode()).isEqualTo(400);
        assertThat(get("/ogc/collections/atlantide").statusCode()).isEqualTo(404);
        assertThat(get("/ogc/collections/communes/items?crs=EPSG:4326").statusCode()).isEqualTo(400);
        assertThat(get("/ogc/collections/communes/items/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void gdalReadsTheServiceLikeQgisDoes() throws Exception {
        Process listing = new ProcessBuilder("ogrinfo", "-ro", "OAPIF:http://127.0.0.1:" + port + "/ogc")
                .redirectErrorStream(true).start();
        String collections = new String(listing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(listing.waitFor()).as(collections).isZero();
        assertThat(collections).contains("communes", "equipements");

        Process ogrinfo = new ProcessBuilder("ogrinfo", "-ro", "-so", "OAPIF:http://127.0.0.1:" + port + "/ogc", "communes")
                .redirectErrorStream(true).start();
        String output = new String(ogrinfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ogrinfo.waitFor()).as(output).isZero();
        assertThat(output).contains("Feature Count: 9");
    }

    @Test
    void theOpenApiDocumentIsSelfContained() throws Exception {
        HttpResponse<String> api = get("/ogc/api");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.oai.openapi+json"));
        JsonNode document = json.readTree(api.body());

        assertThat(document.path("openapi").asString()).startsWith("3.0");
        assertThat(document.path("paths").propertyNames()).contains("/collections/{collectionId}/items");
        assertThat(document.path("servers").get(0).path("url").asString()).endsWith("/ogc");
        assertThat(document.findValues("$ref")).isNotEmpty()
                .allSatisfy(reference -> assertThat(reference.asString()).startsWith("#/"));
    }

    @Test
    void itemsComeAsAnAccessibleHtmlTableForBrowsers() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/ogc/collections/communes/items?limit=5"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"fr\">", "<caption>", "<th scope=\"col\">Commune</th>", "Bagnolet",
                "rel=\"next\"");
        assertThat(get("/ogc/collections/communes/items?f=html&nom=Pantin").body()).contains("Pantin").doesNotContain("Bagnolet");
        assertThat(get("/ogc/collections/communes/items?f=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void propertiesFilterTheItems() throws Exception {
        JsonNode townHalls = getJson("/ogc/collections/equipements/items?type=mairie&limit=2");

        assertThat(townHalls.path("numberMatched").asLong()).isEqualTo(9);
        assertThat(townHalls.path("features").valueStream().map(f -> f.path("properties").path("type").asString()))
                .containsOnly("mairie");
        assertThat(townHalls.path("links").valueStream().filter(link -> link.path("rel").asString().equals("next"))
                .findFirst().orElseThrow().path("href").asString()).contains("type=mairie", "offset=2");
        HttpResponse<String> unknown = get("/ogc/collections/equipements/items?couleur=rouge");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("detail").asString()).contains("couleur", "nom", "type");
    }

    /** PROJ's answer through GDAL's command-line tool, for a WGS84 "lon lat" point. */
    private static String gdaltransform(String lonLat) throws Exception {
        Process process = new ProcessBuilder("gdaltransform", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:2154", "-output_xy")
                .redirectErrorStream(true).start();
        process.getOutputStream().write((lonLat + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
