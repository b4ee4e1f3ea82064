package fr.ensemble.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.Tokens;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The agent API of a commune answers its own agents only, checked on every request with real tokens. */
@IntegrationTest
class AgentApiAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void anAgentReachesTheirCommuneOnly() throws Exception {
        String pantinAgent = Tokens.accessToken("agent.pantin");
        String bagnoletAgent = Tokens.accessToken("agent.bagnolet");

        assertThat(get("/api/v1/agent/pantin/settings", pantinAgent).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get("/api/v1/agent/pantin/settings", bagnoletAgent);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(refused.body()).path("title").asString()).isEqualTo("Accès refusé");
        assertThat(get("/api/v1/agent/pantin/settings", Tokens.accessToken("alice")).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() throws Exception {
        String token = Tokens.accessToken("agent.pantin");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        HttpResponse<String> anonymous = get("/api/v1/agent/pantin/settings", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(json.readTree(anonymous.body()).path("title").asString()).isEqualTo("Authentification requise");
        assertThat(get("/api/v1/agent/pantin/settings", tampered).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/agent/pantin/settings", "not-a-jwt").statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var client = KeycloakRealm.realm().clients().findByClientId("ensemble-api-tests").getFirst();
        var clientResource = KeycloakRealm.realm().clients().get(client.getId());
        client.getAttributes().put("access.token.lifespan", "1");
        clientResource.update(client);
        String shortLived;
        try {
            shortLived = Tokens.accessToken("agent.pantin");
        } finally {
            client.getAttributes().put("access.token.lifespan", "");
            clientResource.update(client);
        }
        Thread.sleep(2_500);

        assertThat(get("/api/v1/agent/pantin/settings", shortLived).statusCode()).isEqualTo(401);
    }

    @Test
    void anAgentRemovedFromTheOrganizationLosesAccessAtTheNextRequest() throws Exception {
        String token = Tokens.accessToken("agent.pantin");
        String organizationId = KeycloakRealm.organization("pantin").getId();
        String agentId = KeycloakRealm.user("agent.pantin").getId();
        var members = KeycloakRealm.realm().organizations().get(organizationId).members();
        assertThat(get("/api/v1/agent/pantin/settings", token).statusCode()).isEqualTo(200);

        try (Response removed = members.member(agentId).delete()) {
            assertThat(removed.getStatus()).isEqualTo(204);
            assertThat(get("/api/v1/agent/pantin/settings", token).statusCode()).isEqualTo(403);
        } finally {
            try (Response added = members.addMember(agentId)) {
                assertThat(added.getStatus()).isEqualTo(201);
            }
        }
        assertThat(get("/api/v1/agent/pantin/settings", token).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheCommuneAdminChangesItsSettings() throws Exception {
        String body = "{\"displayName\":\"Pantin\",\"primaryColor\":\"#1d4e89\",\"accentColor\":\"#c8102e\"}";

        assertThat(put("/api/v1/agent/pantin/settings", Tokens.accessToken("agent.pantin"), body).statusCode()).isEqualTo(403);
        assertThat(put("/api/v1/agent/pantin/settings", Tokens.accessToken("admin.pantin"), body).statusCode()).isEqualTo(200);
        HttpResponse<String> invalid = put("/api/v1/agent/pantin/settings", Tokens.accessToken("admin.pantin"),
                "{\"displayName\":\"\",\"primaryColor\":\"bleu\",\"accentColor\":\"#c8102e\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("La couleur principale s'écrit #RRVVBB", "Indiquez le nom affiché de la commune.");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
