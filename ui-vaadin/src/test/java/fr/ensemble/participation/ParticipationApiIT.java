package fr.ensemble.participation;

import static fr.ensemble.participation.ParticipationFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.ParticipationFixtures.OpenCampaign;
import fr.ensemble.participation.application.CampaignAdministration;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Voting through the HTTP API with real tokens: a receipt once whatever the retries, the confirmation mail and its
 * body erased once sent, the public check of a receipt, Mon compte, refusals as RFC 7807 problems, results only
 * after the vote, and Pantin's campaigns out of Bagnolet's reach.
 */
@IntegrationTest
class ParticipationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    ResidentProfileService profiles;

    @Autowired
    CampaignAdministration administration;

    @Test
    void aBallotIsCountedOnceWithAReceiptMailedAndShownInMonCompte() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        OpenCampaign budget = fixtures.pantin(CampaignKind.BUDGET, BallotRule.BUDGET, null, 100_000_00L,
                60_000_00L, 40_000_00L, 30_000_00L);
        String token = Tokens.accessToken("alice");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = vote(token, budget, key, budget.options().get(0), budget.options().get(1));
        HttpResponse<String> retried = vote(token, budget, key, budget.options().get(0), budget.options().get(1));
        HttpResponse<String> another = vote(token, budget, UUID.randomUUID().toString(), budget.options().get(2));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String receipt = json.readTree(first.body()).path("receipt").asString();
        assertThat(receipt).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(json.readTree(retried.body()).path("receipt").asString()).as("a retry gets the same receipt").isEqualTo(receipt);
        assertThat(another.statusCode()).isEqualTo(409);
        assertThat(problemType(another)).endsWith("/deja-vote");
        long campaignId = budget.campaignId();
        assertThat(count("SELECT count(*) FROM t_pantin.ballot WHERE campaign_id = " + campaignId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM t_pantin.participation WHERE campaign_id = " + campaignId)).isEqualTo(1);

        assertThat(counted(budget, receipt)).isTrue();
        assertThat(counted(budget, receipt.toLowerCase().replace("-", " "))).as("typed by hand").isTrue();
        assertThat(counted(budget, "0000-0000-0000")).isFalse();

        String body = ParticipationFixtures.awaitMailContaining("alice@example.org", receipt);
        assertThat(body).contains("Campagne d'essai").contains("/pantin/participer/" + budget.slug());
        awaitErased(receipt);

        assertThat(Acting.asSubject(alice, List.of(), () -> profiles.activities(alice))).anySatisfy(activity -> {
            assertThat(activity.kind()).isEqualTo("Participation");
            assertThat(activity.reference()).isEqualTo(receipt);
            assertThat(activity.tenantSlug()).isEqualTo("pantin");
            assertThat(activity.path()).isEqualTo("pantin/participer/" + budget.slug());
        });
    }

    @Test
    void refusalsAreProblemDetailsAndNothingIsWritten() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        ParticipationFixtures.demoResident("bruno", "montreuil");
        OpenCampaign budget = fixtures.pantin(CampaignKind.BUDGET, BallotRule.BUDGET, null, 50_000_00L,
                30_000_00L, 20_000_00L, 20_000_01L);
        OpenCampaign approval = fixtures.pantin(CampaignKind.BUDGET, BallotRule.APPROVAL, 1, 100_000_00L, 10_000_00L, 20_000_00L);
        String alice = Tokens.accessToken("alice");

        HttpResponse<String> bruno = vote(Tokens.accessToken("bruno"), budget, UUID.randomUUID().toString(), budget.options().get(0));
        assertThat(bruno.statusCode()).isEqualTo(403);
        assertThat(problemType(bruno)).endsWith("/non-eligible");
        assertThat(json.readTree(bruno.body()).path("detail").asString())
                .isEqualTo("Ce vote est réservé aux habitants de Pantin. Votre commune de résidence est Montreuil.");

        HttpResponse<String> overBudget = vote(alice, budget, UUID.randomUUID().toString(), budget.options().get(0),
                budget.options().get(2));
        assertThat(overBudget.statusCode()).isEqualTo(422);
        assertThat(problemType(overBudget)).endsWith("/enveloppe-depassee");
        assertThat(problemType(vote(alice, budget, UUID.randomUUID().toString(), 999_999_999L))).endsWith("/choix-inconnu");
        assertThat(problemType(vote(alice, approval, UUID.randomUUID().toString(), approval.options().get(0),
                approval.options().get(1)))).endsWith("/trop-de-choix");
        assertThat(count("SELECT count(*) FROM t_pantin.participation WHERE campaign_id IN (" + budget.campaignId() + ", "
                + approval.campaignId() + ")")).as("nothing written").isZero();

        ParticipationFixtures.close(budget);
        HttpResponse<String> closed = vote(alice, budget, UUID.randomUUID().toString(), budget.options().get(0));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(problemType(closed)).endsWith("/vote-ferme");
        assertThat(vote(null, approval, UUID.randomUUID().toString(), approval.options().get(0)).statusCode()).isEqualTo(401);
        assertThat(vote(alice, approval, null, approval.options().get(0)).statusCode()).isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/pantin/participation/campaigns/inconnue")).GET()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void resultsArePublishedFromTheBallotsOnceTheVoteIsOver() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        ParticipationFixtures.demoResident("bruno", "montreuil");
        OpenCampaign territory = fixtures.territory(3);
        String resultsPath = "/api/v1/est-ensemble/participation/campaigns/" + territory.slug() + "/results";

        assertThat(vote(Tokens.accessToken("bruno"), territory, UUID.randomUUID().toString(), territory.options().get(1))
                .statusCode()).as("a Montreuil resident votes in a territory campaign").isEqualTo(201);
        assertThat(vote(Tokens.accessToken("alice"), territory, UUID.randomUUID().toString(), territory.options().get(1))
                .statusCode()).isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(uri(resultsPath)).GET()).statusCode()).as("hidden until closing").isEqualTo(409);
        String ballotsPath = "/api/v1/est-ensemble/participation/campaigns/" + territory.slug() + "/ballots";
        assertThat(send(HttpRequest.newBuilder(uri(ballotsPath)).GET()).statusCode()).as("ballots too").isEqualTo(409);

        ParticipationFixtures.close(territory);
        JsonNode results = json.readTree(send(HttpRequest.newBuilder(uri(resultsPath)).GET()).body());
        assertThat(results.path("ballots").asLong()).isEqualTo(2);
        assertThat(results.path("online").asLong()).isEqualTo(2);
        JsonNode first = results.path("options").get(0);
        assertThat(first.path("id").asLong()).isEqualTo(territory.options().get(1));
        assertThat(first.path("votes").asLong()).isEqualTo(2);
        assertThat(first.path("winner").asBoolean()).isTrue();
        JsonNode ballots = json.readTree(send(HttpRequest.newBuilder(uri(ballotsPath)).GET()).body());
        assertThat(ballots.size()).isEqualTo(2);
        assertThat(ballots.get(0).path("choices").get(0).asLong()).isEqualTo(territory.options().get(1));
        assertThat(ballots.get(0).propertyNames()).containsExactlyInAnyOrder("id", "castOn", "channel", "choices");
        assertThat(send(HttpRequest.newBuilder(uri(ballotsPath + ".csv")).GET()).body().lines())
                .hasSize(3).first().isEqualTo("bulletin;jour;canal;choix");
        assertThat(send(HttpRequest.newBuilder(uri(resultsPath + ".csv")).GET()).body())
                .contains(territory.options().get(1) + ";\"Option 2\";2;2;0;oui");
        JsonNode list = json.readTree(send(HttpRequest.newBuilder(uri("/api/v1/est-ensemble/participation/campaigns?status=CLOSED"))
                .GET()).body());
        assertThat(list.valueStream().map(campaign -> campaign.path("id").asString())).contains(territory.slug());
    }

    @Test
    void pantinsCampaignsAreOutOfBagnoletsReach() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        OpenCampaign pantin = fixtures.pantin(CampaignKind.VOTE, BallotRule.SINGLE, null, null, 0, 0);
        String alice = Tokens.accessToken("alice");
        assertThat(vote(alice, pantin, UUID.randomUUID().toString(), pantin.options().get(0)).statusCode())
                .as("Pantin's ballot box, now kept in memory").isEqualTo(201);
        OpenCampaign throughBagnolet = new OpenCampaign("bagnolet", pantin.slug(), pantin.options());
        assertThat(vote(alice, throughBagnolet, UUID.randomUUID().toString(), pantin.options().get(0)).statusCode())
                .as("the same campaign asked through Bagnolet").isEqualTo(404);

        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/bagnolet/participation/campaigns/" + pantin.slug())).GET())
                .statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/pantin/participation/campaigns/" + pantin.slug())).GET())
                .statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:animateur"),
                () -> TenantContext.call("pantin", () -> administration.all()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:animateur"),
                () -> TenantContext.call("bagnolet", () -> administration.require(pantin.slug()))))
                .hasMessageContaining("Aucune consultation");
    }

    private HttpResponse<String> vote(String token, OpenCampaign campaign, String key, Long... choices) throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/" + campaign.tenant() + "/participation/campaigns/"
                        + campaign.slug() + "/ballots"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("choices", List.of(choices)))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request);
    }

    private boolean counted(OpenCampaign campaign, String code) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/" + campaign.tenant()
                + "/participation/campaigns/" + campaign.slug() + "/receipts/" + code.replace(" ", "%20"))).GET());
        return json.readTree(response.body()).path("counted").asBoolean();
    }

    private String problemType(HttpResponse<String> response) {
        return json.readTree(response.body()).path("type").asString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Once sent, the outbox keeps the mail's trace without the receipt code. */
    private static void awaitErased(String receipt) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (count("SELECT count(*) FROM t_pantin.outgoing_mail WHERE body LIKE '%" + receipt + "%'") > 0) {
            assertThat(Instant.now()).as("receipt erased from the outbox").isBefore(deadline);
            Thread.sleep(500);
        }
        assertThat(count("SELECT count(*) FROM t_pantin.outgoing_mail WHERE confidential AND sent_at IS NOT NULL "
                + "AND body = '[contenu confidentiel effacé après l''envoi]'")).isPositive();
    }
}
