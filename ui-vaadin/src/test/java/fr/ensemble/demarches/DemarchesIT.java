package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.Instruction;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mes Démarches through the API and the back office: the seeded catalogue, a request filed once whatever the
 * retries, its receipt and status e-mails, its place in Mon compte, French errors per field, Pantin's requests
 * out of Bagnolet's reach, published forms immutable.
 */
@IntegrationTest
class DemarchesIT {

    private static final List<String> PANTIN_INSTRUCTOR = List.of("pantin:agent", "pantin:instructeur");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Instruction instruction;

    @Autowired
    ResidentProfileService profiles;

    @Test
    void theCatalogueListsTheCommunesProcedures() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/pantin/demarches")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode procedures = json.readTree(response.body());
        assertThat(procedures.valueStream().map(p -> p.path("slug").asString()))
                .contains("contacter-elus", "intervention-technique", "inscription-scolaire");
        assertThat(procedures.get(0).path("categoryLabel").asString()).isNotBlank();
        JsonNode territory = json.readTree(send(HttpRequest.newBuilder(uri("/api/v1/est-ensemble/demarches")).GET()).body());
        assertThat(territory.valueStream().map(p -> p.path("slug").asString())).containsExactly("composteur");
    }

    @Test
    void aRequestIsFiledOnceNotifiedFollowedAndKeptInItsCommune() throws Exception {
        String token = Tokens.accessToken("alice");
        String key = UUID.randomUUID().toString();
        String body = """
                {"objet": "Éclairage de la rue", "message": "La rue est sombre le soir.", "email": "alice@example.org",
                 "rendez_vous": "non"}""";

        HttpResponse<String> first = file(token, key, body);
        HttpResponse<String> again = file(token, key, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String tracking = json.readTree(first.body()).path("trackingNumber").asString();
        assertThat(tracking).matches("PANTIN-\\d{4}-\\d{6}");
        assertThat(json.readTree(again.body()).path("trackingNumber").asString()).as("a retry files nothing new").isEqualTo(tracking);
        assertThat(count("SELECT count(*) FROM t_pantin.request WHERE tracking_number = '" + tracking + "'")).isEqualTo(1);
        assertThat(LocalStack.awaitMailAbout("alice@example.org", tracking).subject()).contains("bien reçue");

        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin", () -> {
            assertThat(instruction.inbox(Instruction.InboxFilter.ALL, 50)).extracting(Instruction.InboxRow::trackingNumber).contains(tracking);
            instruction.move(tracking, "EN_COURS", "Nous passons voir la rue cette semaine.", null);
        }));
        assertThat(LocalStack.awaitMailAbout("alice@example.org", tracking + " : En cours").text()).contains("Nous passons voir la rue");

        String alice = KeycloakRealm.user("alice").getId();
        assertThat(Acting.asSubject(alice, List.of(), () -> profiles.activities(alice)))
                .anySatisfy(activity -> {
                    assertThat(activity.reference()).isEqualTo(tracking);
                    assertThat(activity.status()).isEqualTo("En cours d'instruction");
                    assertThat(activity.tenantSlug()).isEqualTo("pantin");
                });

        JsonNode inBagnolet = json.readTree(send(HttpRequest.newBuilder(uri("/api/v1/bagnolet/demandes"))
                .header("Authorization", "Bearer " + token).GET()).body());
        assertThat(inBagnolet.valueStream().map(r -> r.path("trackingNumber").asString())).doesNotContain(tracking);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:instructeur"),
                () -> TenantContext.call("pantin", () -> instruction.open(tracking)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:instructeur"),
                () -> TenantContext.call("bagnolet", () -> instruction.open(tracking))))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("Aucune demande");
    }

    @Test
    void theSameKeySentManyTimesAtOnceFilesOneRequest() throws Exception {
        String token = Tokens.accessToken("alice");
        String key = UUID.randomUUID().toString();
        String body = """
                {"objet": "Poubelles", "message": "Horaires ?", "email": "alice@example.org", "rendez_vous": "non"}""";
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                sent.add(threads.submit(() -> file(token, key, body)));
            }
        }
        Set<String> numbers = new HashSet<>();
        for (var response : sent) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
            numbers.add(json.readTree(response.get().body()).path("trackingNumber").asString());
        }
        assertThat(numbers).hasSize(1);
        assertThat(count("SELECT count(*) FROM t_pantin.request WHERE tracking_number = '" + numbers.iterator().next() + "'"))
                .isEqualTo(1);
    }

    @Test
    void mistakesComeBackFieldByFieldInFrenchAndNothingIsFiled() throws Exception {
        long before = count("SELECT count(*) FROM t_pantin.request");
        HttpResponse<String> response = file(Tokens.accessToken("alice"), null, """
                {"objet": "", "message": "Bonjour", "email": "pas-une-adresse", "rendez_vous": "oui"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("title").asString()).isEqualTo("Demande invalide");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("objet", "email", "disponibilites");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("message").asString()))
                .anySatisfy(message -> assertThat(message).contains("obligatoire"));
        assertThat(count("SELECT count(*) FROM t_pantin.request")).isEqualTo(before);
        assertThat(file(null, null, "{}").statusCode()).as("no token").isEqualTo(401);
    }

    @Test
    void aPublishedFormNeverChanges() {
        assertThatThrownBy(() -> count("UPDATE t_pantin.procedure_form SET definition = '{}' RETURNING 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
    }

    private HttpResponse<String> file(String token, String idempotencyKey, String body) throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/pantin/demarches/contacter-elus/demandes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static long count(String sql) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var result = superuser.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The subject of the first mail to that address whose subject contains the text, waiting up to 20 s. */
}
