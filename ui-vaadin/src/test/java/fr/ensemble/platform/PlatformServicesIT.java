package fr.ensemble.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import fr.ensemble.core.identity.IdentityProperties;
import fr.ensemble.core.notification.MailNotifier;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One round trip through each real service the platform depends on. */
@IntegrationTest
class PlatformServicesIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    MailNotifier mail;

    @Autowired
    IdentityProperties identity;

    @Autowired
    JsonMapper json;

    @Test
    void postgisTransformsThroughHibernate() {
        // Pantin's town hall, WGS84 -> Lambert-93; expected values from gdaltransform (PROJ).
        Object[] point = (Object[]) entityManager.createNativeQuery("""
                select ST_X(g), ST_Y(g) from (
                  select ST_Transform(ST_SetSRID(ST_MakePoint(2.4023, 48.8944), 4326), 2154) as g) as transformed
                """).getSingleResult();

        assertThat((Double) point[0]).isCloseTo(656176.749, within(0.001));
        assertThat((Double) point[1]).isCloseTo(6866209.391, within(0.001));
    }

    @Test
    void keycloakPublishesTheRealmDiscoveryDocument() throws Exception {
        JsonNode discovery = getJson(identity.discoveryDocument());

        assertThat(discovery.path("issuer").asString()).isEqualTo(identity.issuerUri().toString());
        assertThat(discovery.path("authorization_endpoint").asString()).startsWith(identity.issuerUri().toString());
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void elasticsearchIndexesAndFindsADocument() throws IOException {
        String index = "it-roundtrip-" + UUID.randomUUID();
        try {
            elasticsearch.index(request -> request.index(index).id("1").refresh(Refresh.True)
                    .document(Map.of("title", "Délibération sur le budget participatif de Pantin")));

            var response = elasticsearch.search(search -> search.index(index)
                    .query(query -> query.match(match -> match.field("title").query("participatif"))), Map.class);

            assertThat(response.hits().hits()).extracting(hit -> hit.id()).containsExactly("1");
        } finally {
            elasticsearch.indices().delete(request -> request.index(index).ignoreUnavailable(true));
        }
    }

    @Test
    void theSmtpServerReceivesMail() throws Exception {
        String recipient = "habitant-" + UUID.randomUUID() + "@example.org";

        mail.send(recipient, "Votre demande est enregistrée", "Bonjour, votre demande PANTIN-2026-000001 est enregistrée.");

        JsonNode messages = LocalStack.awaitMail(recipient);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("subject").asString()).isEqualTo("Votre demande est enregistrée");
        assertThat(messages.get(0).path("mimeMessage").asString()).contains("PANTIN-2026-000001");
    }

    @Test
    void healthShowsEveryServiceUp() throws Exception {
        JsonNode health = getJson(URI.create("http://127.0.0.1:" + port + "/actuator/health"));

        assertThat(health.path("status").asString()).isEqualTo("UP");
        for (String component : List.of("db", "elasticsearch", "keycloak", "mail")) {
            assertThat(health.path("components").path(component).path("status").asString())
                    .as(component).isEqualTo("UP");
        }
    }

    private JsonNode getJson(URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
