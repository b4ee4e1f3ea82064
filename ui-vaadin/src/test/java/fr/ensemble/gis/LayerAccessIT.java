package fr.ensemble.gis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.gis.layer.Audience;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerAttribute;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerEditing;
import fr.ensemble.gis.layer.LayerEditing.LayerDefinition;
import fr.ensemble.gis.layer.LayerException;
import fr.ensemble.gis.layer.LayerStyle;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees which layer through /ogc and /tiles: a commune's agents-only layer is invisible (absent, 404) to
 * anonymous callers and to another commune's agents, tiles included, even right after its own agent had the
 * same tile cached; a territory-agents layer is seen by the agents of every commune. Only those who administer
 * a layer change it, and a change retires its cached tiles.
 */
@IntegrationTest
class LayerAccessIT {

    private static final List<String> PANTIN_AGENT = List.of("pantin:agent");
    private static final List<String> BAGNOLET_AGENT = List.of("bagnolet:agent");
    /** Zoom 12 over Pantin, where the test feature is. */
    private static final String PANTIN_TILE = "/12/2075/1408.mvt";

    @LocalServerPort
    int port;

    @Autowired
    LayerEditing editing;

    @Autowired
    LayerCatalogue catalogue;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void twoRestrictedLayers() throws Exception {
        try (Connection superuser = LocalStack.superuser("ensemble")) {
            superuser.createStatement().execute("""
                    DELETE FROM t_pantin.layer WHERE id = 'eclairage';
                    DELETE FROM t_bagnolet.layer WHERE id = 'chantiers';""");
        }
        Layer lighting = Acting.as("agent.pantin", PANTIN_AGENT, () -> editing.create("pantin",
                definition("eclairage", "Éclairage public", Audience.AGENTS)));
        Layer works = Acting.as("agent.bagnolet", BAGNOLET_AGENT, () -> editing.create("bagnolet",
                definition("chantiers", "Chantiers en cours", Audience.TERRITORY_AGENTS)));
        try (Connection superuser = LocalStack.superuser("ensemble")) {
            superuser.createStatement().execute("""
                    INSERT INTO t_pantin.feature (layer_id, properties, geom) VALUES ('eclairage',
                      '{"nom": "Candélabre 1"}', ST_Transform(ST_SetSRID(ST_MakePoint(2.4093, 48.8944), 4326), 2154));
                    INSERT INTO t_bagnolet.feature (layer_id, properties, geom) VALUES ('chantiers',
                      '{"nom": "Rue Sadi-Carnot"}', ST_Transform(ST_SetSRID(ST_MakePoint(2.4168, 48.8693), 4326), 2154));""");
        }
        assertThat(lighting.collectionId()).isEqualTo("pantin:eclairage");
        assertThat(works.collectionId()).isEqualTo("bagnolet:chantiers");
    }

    @Test
    void anAgentsLayerIsInvisibleToAnonymousCallersAndToOtherCommunes() throws Exception {
        String pantin = Tokens.accessToken("agent.pantin");
        String bagnolet = Tokens.accessToken("agent.bagnolet");

        assertThat(collectionIds(null)).contains("communes").doesNotContain("pantin:eclairage", "bagnolet:chantiers");
        assertThat(collectionIds(bagnolet)).contains("bagnolet:chantiers").doesNotContain("pantin:eclairage");
        assertThat(collectionIds(pantin)).contains("communes", "pantin:eclairage", "bagnolet:chantiers");

        for (String path : List.of("/ogc/collections/pantin:eclairage", "/ogc/collections/pantin:eclairage/items",
                "/tiles/pantin:eclairage.json", "/tiles/pantin:eclairage" + PANTIN_TILE)) {
            assertThat(get(path, null).statusCode()).as(path + " anonymously").isEqualTo(404);
            assertThat(get(path, bagnolet).statusCode()).as(path + " for Bagnolet").isEqualTo(404);
            assertThat(get(path, pantin).statusCode()).as(path + " for Pantin").isEqualTo(200);
        }
        JsonNode items = json.readTree(get("/ogc/collections/pantin:eclairage/items", pantin).body());
        assertThat(items.path("numberMatched").asLong()).isEqualTo(1);
    }

    @Test
    void aCachedRestrictedTileNeverLeaksToAnotherAudience() throws Exception {
        String tile = "/tiles/pantin:eclairage" + PANTIN_TILE;
        HttpResponse<byte[]> forItsAgent = get(tile, Tokens.accessToken("agent.pantin"));
        assertThat(forItsAgent.statusCode()).isEqualTo(200);
        assertThat(forItsAgent.body()).isNotEmpty();
        assertThat(forItsAgent.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("private").doesNotContain("public"));
        assertThat(forItsAgent.headers().allValues("Vary").toString()).contains("Authorization");

        assertThat(get(tile, null).statusCode()).isEqualTo(404);
        assertThat(get(tile, Tokens.accessToken("agent.bagnolet")).statusCode()).isEqualTo(404);
        assertThat(get(tile, "not-a-token").statusCode()).as("a bad token is refused, not ignored").isEqualTo(401);
    }

    @Test
    void onlyTheOwnersAdministerALayer() {
        Layer lighting = catalogue.find("pantin:eclairage").orElseThrow();

        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_AGENT,
                () -> editing.setProperties(lighting, 1, Map.of("nom", "piraté")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.pantin", PANTIN_AGENT,
                () -> editing.create(null, definition("pistes", "Pistes cyclables", Audience.PUBLIC))))
                .as("a commune's agent cannot add a shared layer").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.pantin", PANTIN_AGENT,
                () -> editing.create("pantin", definition("Éclairage !", "x", Audience.PUBLIC))))
                .isInstanceOf(LayerException.class).hasMessageContaining("minuscules");
        assertThatThrownBy(() -> Acting.as("agent.pantin", PANTIN_AGENT,
                () -> editing.create("pantin", definition("eclairage", "Encore", Audience.PUBLIC))))
                .isInstanceOf(LayerException.class).hasMessageContaining("déjà");
    }

    @Test
    void anEditRetiresTheCachedTiles() throws Exception {
        String pantin = Tokens.accessToken("agent.pantin");
        String tile = "/tiles/pantin:eclairage" + PANTIN_TILE;
        String before = get(tile, pantin).headers().firstValue("ETag").orElseThrow();
        Layer lighting = catalogue.find("pantin:eclairage").orElseThrow();
        long featureId = json.readTree(get("/ogc/collections/pantin:eclairage/items", pantin).body())
                .path("features").get(0).path("id").asLong();

        Acting.as("agent.pantin", PANTIN_AGENT, () -> editing.setProperties(lighting, featureId, Map.of("nom", "Candélabre 2")));

        assertThat(get(tile, pantin).headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
        JsonNode filtered = json.readTree(get("/ogc/collections/pantin:eclairage/items?nom=Cand%C3%A9labre%202", pantin).body());
        assertThat(filtered.path("numberMatched").asLong()).isEqualTo(1);
    }

    private static LayerDefinition definition(String id, String title, Audience audience) {
        return new LayerDefinition(id, title, "Couche de test", "Point", audience, "Ville de test",
                new LayerStyle("#aa3300", null, "nom"), List.of(new LayerAttribute("nom", "texte", "Nom")));
    }

    private List<String> collectionIds(String token) throws Exception {
        HttpResponse<byte[]> response = get("/ogc/collections", token);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).path("collections").valueStream().map(c -> c.path("id").asString()).toList();
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
