package fr.ensemble.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.ConcertationMaps;
import fr.ensemble.participation.application.ConcertationModeration;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.MapComment;
import fr.ensemble.participation.domain.MapCommentDraft;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A concertation map of Pantin: Alice drops comments inside the commune, published at once and served as GeoJSON;
 * a point outside Pantin, a resident of another commune, a bad category or text are refused in French with
 * nothing written; the animateur hides one with a reason Alice reads; Bagnolet never reaches Pantin's comments.
 */
@IntegrationTest
class ConcertationIT {

    private static final double[] TOWN_HALL = {2.4023, 48.8944};
    private static final double[] MONTREUIL = {2.4432, 48.8614};
    private static final double[] PARIS = {2.3522, 48.8566};

    @LocalServerPort
    int port;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    ConcertationMaps maps;

    @Autowired
    ConcertationModeration moderation;

    @Autowired
    ResidentProfileService profiles;

    @Test
    void aliceCommentsTheMapTheAnimateurHidesOneWithAReasonSheReads() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        String concertation = fixtures.pantinConcertation();

        MapComment bikes = asAlice(alice, () -> maps.comment(concertation,
                new MapCommentDraft(TOWN_HALL[0], TOWN_HALL[1], "Idée", "Des arceaux à vélos devant la mairie.")));
        MapComment rant = asAlice(alice, () -> maps.comment(concertation,
                new MapCommentDraft(TOWN_HALL[0] + 0.001, TOWN_HALL[1], "Problème constaté", "Un commentaire hors sujet.")));
        assertThat(bikes.getAuthorName()).isEqualTo("Alice Martin");
        assertThat(TenantContext.call("pantin", () -> maps.published(concertation))).extracting(MapComment::getBody)
                .containsExactly("Des arceaux à vélos devant la mairie.", "Un commentaire hors sujet.");

        JsonNode geojson = geoJson("pantin", concertation);
        assertThat(geojson.path("type").asString()).isEqualTo("FeatureCollection");
        JsonNode first = geojson.path("features").get(0);
        assertThat(first.path("geometry").path("type").asString()).isEqualTo("Point");
        assertThat(first.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(TOWN_HALL[0]);
        assertThat(first.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(TOWN_HALL[1]);
        assertThat(first.path("properties").path("categorie").asString()).isEqualTo("Idée");
        assertThat(first.path("properties").path("texte").asString()).isEqualTo("Des arceaux à vélos devant la mairie.");

        atDesk(() -> moderation.hide(rant.getId(), "Ce commentaire ne porte pas sur le projet."));
        assertThat(TenantContext.call("pantin", () -> maps.published(concertation))).extracting(MapComment::getId)
                .containsExactly(bikes.getId());
        assertThat(geoJson("pantin", concertation).path("features")).hasSize(1);
        assertThat(asAlice(alice, () -> maps.mine(concertation))).filteredOn(MapComment::isHidden).singleElement()
                .satisfies(hidden -> assertThat(hidden.getHiddenReason()).isEqualTo("Ce commentaire ne porte pas sur le projet."));
        assertThat(ParticipationFixtures.awaitMailContaining("alice@example.org", "ne porte pas sur le projet"))
                .contains("Un commentaire hors sujet.");
        assertThat(Acting.asSubject(alice, List.of(), () -> profiles.activities(alice))).anySatisfy(activity -> {
            assertThat(activity.title()).isEqualTo("Carte d'essai");
            assertThat(activity.status()).isEqualTo("Masqué par la modération : Ce commentaire ne porte pas sur le projet.");
        });
        assertThatThrownBy(() -> atDesk(() -> moderation.hide(bikes.getId(), " "))).hasMessageContaining("son auteur le lira");
    }

    @Test
    void aPointOutsideTheCommuneAnIneligibleResidentAndBadTextsAreRefusedWithNothingWritten() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        ParticipationFixtures.demoResident("bruno", "montreuil");
        String concertation = fixtures.pantinConcertation();

        assertThatThrownBy(() -> asAlice(alice, () -> maps.comment(concertation,
                new MapCommentDraft(MONTREUIL[0], MONTREUIL[1], "Idée", "Un point à Montreuil, pas à Pantin."))))
                .isInstanceOf(CampaignRefusedException.class).hasMessage("Ce point est à Montreuil, hors de Pantin : "
                        + "placez votre commentaire dans la commune.");
        assertThatThrownBy(() -> asAlice(alice, () -> maps.comment(concertation,
                new MapCommentDraft(PARIS[0], PARIS[1], "Idée", "Un point à Paris, hors du territoire."))))
                .hasMessageContaining("n'est dans aucune commune d'Est Ensemble");
        assertThatThrownBy(() -> asAlice(alice, () -> maps.comment(concertation,
                new MapCommentDraft(TOWN_HALL[0], TOWN_HALL[1], "Idée", "Court."))))
                .hasMessageContaining("de 10 à 1 000 caractères");
        assertThatThrownBy(() -> asAlice(alice, () -> maps.comment(concertation,
                new MapCommentDraft(TOWN_HALL[0], TOWN_HALL[1], "Inconnue", "Une catégorie qui n'existe pas."))))
                .hasMessageContaining("Choisissez la catégorie");
        String bruno = KeycloakRealm.user("bruno").getId();
        assertThatThrownBy(() -> Acting.asSubject(bruno, List.of(), () -> TenantContext.call("pantin", () -> maps.comment(
                concertation, new MapCommentDraft(TOWN_HALL[0], TOWN_HALL[1], "Idée", "Bruno habite Montreuil.")))))
                .isInstanceOf(VoteRefusedException.class).hasMessageContaining("réservé aux habitants de Pantin");

        assertThat(TenantContext.call("pantin", () -> maps.published(concertation))).isEmpty();
        assertThat(ParticipationFixtures.count("SELECT count(*) FROM t_pantin.map_comment c JOIN t_pantin.campaign k "
                + "ON k.id = c.campaign_id WHERE k.slug = '" + concertation + "'")).isZero();
    }

    @Test
    void bagnoletNeverReachesPantinsComments() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        String concertation = fixtures.pantinConcertation();
        MapComment comment = asAlice(alice, () -> maps.comment(concertation,
                new MapCommentDraft(TOWN_HALL[0], TOWN_HALL[1], "Idée", "Un banc à l'ombre du square.")));

        assertThat(status("/api/v1/bagnolet/participation/campaigns/" + concertation + "/comments.geojson")).isEqualTo(404);
        assertThat(status("/api/v1/pantin/participation/campaigns/" + concertation + "/comments.geojson")).isEqualTo(200);
        assertThatThrownBy(() -> TenantContext.call("bagnolet", () -> maps.published(concertation)))
                .hasMessageContaining("Aucune consultation");
        List<String> bagnoletAnimateur = List.of("bagnolet:agent", "bagnolet:animateur");
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", bagnoletAnimateur, () -> TenantContext.run("pantin",
                () -> moderation.hide(comment.getId(), "Masqué depuis Bagnolet."))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", bagnoletAnimateur, () -> TenantContext.run("bagnolet",
                () -> moderation.hide(comment.getId(), "Masqué depuis Bagnolet."))))
                .as("Bagnolet's own schema has no such comment, whatever its id")
                .isInstanceOf(CampaignRefusedException.class).hasMessageContaining("n'existe pas ici");
        assertThat(TenantContext.call("pantin", () -> maps.published(concertation))).extracting(MapComment::getId)
                .contains(comment.getId());
    }

    private static <T> T asAlice(String alice, java.util.function.Supplier<T> work) {
        return Acting.asSubject(alice, List.of(), () -> TenantContext.call("pantin", work));
    }

    private static void atDesk(Runnable work) {
        Acting.as("agent.pantin", ParticipationFixtures.PANTIN_ANIMATEUR, () -> TenantContext.run("pantin", work));
    }

    private JsonNode geoJson(String commune, String concertation) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/v1/" + commune + "/participation/campaigns/" + concertation
                        + "/comments.geojson")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/geo+json"));
        return JsonMapper.shared().readTree(answer.body());
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
