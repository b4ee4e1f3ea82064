package fr.ensemble.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class TenantApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MeterRegistry meters;

    @Test
    void listsTheNineCommunesAndTheTerritory() throws Exception {
        HttpResponse<String> response = get("/api/v1/tenants");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode tenants = json.readTree(response.body());
        List<String> communes = new ArrayList<>();
        for (JsonNode tenant : tenants) {
            if (tenant.path("kind").asString().equals("COMMUNE")) {
                communes.add(tenant.path("inseeCode").asString() + " " + tenant.path("name").asString());
            } else {
                assertThat(tenant.path("kind").asString()).isEqualTo("TERRITORY");
                assertThat(tenant.path("slug").asString()).isEqualTo("est-ensemble");
                assertThat(tenant.path("inseeCode").isNull()).isTrue();
            }
        }
        assertThat(tenants).hasSize(10);
        assertThat(communes).containsExactlyInAnyOrder("93006 Bagnolet", "93008 Bobigny", "93010 Bondy",
                "93045 Les Lilas", "93048 Montreuil", "93053 Noisy-le-Sec", "93055 Pantin",
                "93061 Le Pré-Saint-Gervais", "93063 Romainville");
    }

    @Test
    void tenantScopedRequestsAreAnsweredForTheirTenantAndTaggedInMetrics() throws Exception {
        HttpResponse<String> pantin = get("/api/v1/pantin/settings");
        HttpResponse<String> unknown = get("/api/v1/atlantis/settings");
        HttpResponse<String> injected = get("/api/v1/pantin%3B%20drop%20schema%20t_bagnolet/settings");
        HttpResponse<String> malformed = get("/api/v1/Pantin--x/settings");

        assertThat(pantin.statusCode()).isEqualTo(200);
        assertThat(json.readTree(pantin.body()).path("displayName").asString()).startsWith("Pantin");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("title").asString()).isEqualTo("Commune inconnue");
        assertThat(injected.statusCode()).as("rejected by the HTTP firewall").isEqualTo(400);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(meters.find("http.server.requests").tag("tenant", "pantin").timers()).isNotEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
