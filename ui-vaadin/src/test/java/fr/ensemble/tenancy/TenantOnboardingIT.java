package fr.ensemble.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.NewTenant;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantOnboarded;
import fr.ensemble.core.tenancy.TenantOnboarding;
import fr.ensemble.core.tenancy.TenantRegistry;
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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Onboarding a commune while the application runs, through the service and the territory API. */
@IntegrationTest
@RecordApplicationEvents
class TenantOnboardingIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int number = ThreadLocalRandom.current().nextInt(10_000, 99_999);
    private final NewTenant commune = new NewTenant("essai-" + number, "Essai " + number, "99%03d".formatted(number % 1000),
            TenantKind.COMMUNE);

    @LocalServerPort
    int port;

    @Autowired
    TenantOnboarding onboarding;

    @Autowired
    TenantRegistry registry;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeTheCommune() throws Exception {
        if (registry.registered().stream().anyMatch(tenant -> tenant.slug().equals(commune.slug()))) {
            LocalStack.command("infra/tenant", "remove", commune.slug(), "--confirm", commune.slug());
        }
        registry.reload();
        if (KeycloakRealm.hasOrganization(commune.slug())) {
            KeycloakRealm.realm().organizations().get(KeycloakRealm.organization(commune.slug()).getId()).delete().close();
        }
        KeycloakRealm.realm().groups().groups(commune.slug(), true, 0, 1, true)
                .forEach(group -> KeycloakRealm.realm().groups().group(group.getId()).remove());
    }

    @Test
    void aNewCommuneAnswersWithoutRestartAndOnboardingTwiceIsANoOp() throws Exception {
        assertThat(get("/api/v1/" + commune.slug() + "/settings").statusCode()).isEqualTo(404);

        TenantOnboarding.Result first = onboardAsTerritoryAdmin();
        TenantOnboarding.Result second = onboardAsTerritoryAdmin();

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(events.stream(TenantOnboarded.class)).extracting(event -> event.tenant().slug())
                .containsExactly(commune.slug());
        HttpResponse<String> settings = get("/api/v1/" + commune.slug() + "/settings");
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(json.readTree(settings.body()).path("displayName").asString()).isEqualTo(commune.name());
        assertThat(registry.communes()).extracting(tenant -> tenant.slug()).contains(commune.slug());
        assertThat(KeycloakRealm.organization(commune.slug()).getName()).isEqualTo(commune.name());
        assertThat(KeycloakRealm.realm().groups().groups(commune.slug(), true, 0, 1, false).getFirst().getSubGroupCount())
                .isEqualTo(4);
    }

    @Test
    void aFailureHalfWayServesNothingAndARetryCompletesIt() throws Exception {
        String schema = "t_" + commune.slug().replace('-', '_');
        try (Connection superuser = LocalStack.superuser("ensemble")) {
            // A schema the tenant's role does not own: its migrations fail half-way.
            superuser.createStatement().execute("CREATE SCHEMA " + schema);

            assertThatThrownBy(() -> onboardAsTerritoryAdmin()).hasStackTraceContaining("permission denied");
            assertThat(registry.find(commune.slug())).isEmpty();
            assertThat(get("/api/v1/" + commune.slug() + "/settings").statusCode()).isEqualTo(404);
            assertThat(events.stream(TenantOnboarded.class)).isEmpty();

            superuser.createStatement().execute("DROP SCHEMA " + schema);
        }

        assertThat(onboardAsTerritoryAdmin().created()).isTrue();
        assertThat(get("/api/v1/" + commune.slug() + "/settings").statusCode()).isEqualTo(200);
        assertThat(events.stream(TenantOnboarded.class)).hasSize(1);
    }

    @Test
    void theTerritoryApiOnboardsForTerritoryAdministratorsAndExplainsMistakesInFrench() throws Exception {
        String body = json.writeValueAsString(commune);
        String territoryAdmin = "Bearer " + Tokens.accessToken("admin.territoire");

        assertThat(post(body, null).statusCode()).isEqualTo(401);
        assertThat(post(body, "Bearer " + Tokens.accessToken("agent.pantin")).statusCode()).isEqualTo(403);
        assertThat(post(body, "Bearer " + Tokens.accessToken("sig.territoire")).statusCode()).isEqualTo(403);

        HttpResponse<String> invalid = post("{\"slug\":\"Pantin; drop\",\"name\":\"\",\"kind\":\"COMMUNE\"}",
                territoryAdmin);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(invalid.body());
        assertThat(problem.path("title").asString()).isEqualTo("Requête invalide");
        assertThat(problem.path("erreurs").toString()).contains("slug", "name", "Indiquez le nom officiel de la commune.");

        HttpResponse<String> created = post(body, territoryAdmin);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).path("durationMillis").asLong()).isPositive();
        assertThat(post(body, territoryAdmin).statusCode()).isEqualTo(200);

        String sameInsee = json.writeValueAsString(new NewTenant("autre-" + number, "Autre", commune.inseeCode(),
                TenantKind.COMMUNE));
        HttpResponse<String> conflict = post(sameInsee, territoryAdmin);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(registry.registered()).noneMatch(tenant -> tenant.slug().equals("autre-" + number));
    }

    private TenantOnboarding.Result onboardAsTerritoryAdmin() {
        return Acting.as("admin.territoire", Acting.TERRITORY_ADMIN, () -> onboarding.onboard(commune));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/territory/tenants"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
