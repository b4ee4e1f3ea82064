package fr.ensemble.participation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.ParticipationFixtures.OpenCampaign;
import fr.ensemble.participation.application.CampaignAdministration;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.Campaigns.CommuneParticipation;
import fr.ensemble.participation.application.Voting;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignDraft;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignPhase;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.platform.Acting;
import fr.ensemble.core.identity.access.PlatformAuthorities;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import java.util.Base64;
import org.springframework.security.core.GrantedAuthority;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A territory campaign's results tell how many took part from each commune, counted from the register (the commune
 * of residence when they voted), only once the vote is over; a commune's campaign has no such count; the territory's
 * demo animateur, a member of its organization, runs territory campaigns.
 */
@IntegrationTest
class TerritoryParticipationIT {

    @LocalServerPort
    int port;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    Voting voting;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignAdministration administration;

    @Test
    void theResultsOfATerritoryVoteCountItsParticipantsPerCommune() throws Exception {
        OpenCampaign territory = fixtures.territory(2);
        vote(territory, "pantin", 0);
        vote(territory, "pantin", 1);
        vote(territory, "montreuil", 1);
        assertThat(TenantContext.call("est-ensemble", () -> campaigns.participationPerCommune(territory.slug())))
                .as("nothing before the end of the vote").isEmpty();

        ParticipationFixtures.close(territory);
        assertThat(TenantContext.call("est-ensemble", () -> campaigns.participationPerCommune(territory.slug())))
                .containsExactly(new CommuneParticipation("Pantin", 2), new CommuneParticipation("Montreuil", 1));
        JsonNode perCommune = JsonMapper.shared().readTree(get("/api/v1/est-ensemble/participation/campaigns/"
                + territory.slug() + "/results")).path("participationPerCommune");
        assertThat(perCommune.get(0).path("commune").asString()).isEqualTo("Pantin");
        assertThat(perCommune.get(0).path("participants").asLong()).isEqualTo(2);
        assertThat(perCommune.get(1).path("commune").asString()).isEqualTo("Montreuil");

        OpenCampaign pantin = fixtures.pantin(CampaignKind.VOTE, BallotRule.SINGLE, null, null, 0, 0);
        vote(pantin, "pantin", 0);
        ParticipationFixtures.close(pantin);
        assertThat(TenantContext.call("pantin", () -> campaigns.participationPerCommune(pantin.slug())))
                .as("a commune's campaign").isEmpty();
    }

    @Test
    void theTerritorysAnimateurCreatesATerritoryCampaign() throws Exception {
        JsonNode claims = JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(
                Tokens.accessToken("animateur.territoire").split("\\.")[1]));
        List<String> groups = claims.path("groups").valueStream().map(JsonNode::asString).toList();
        assertThat(PlatformAuthorities.fromClaims(groups, null)).extracting(GrantedAuthority::getAuthority)
                .contains("est-ensemble:agent", "est-ensemble:animateur");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String slug = "territoire-" + UUID.randomUUID().toString().substring(0, 8);
        Campaign created = Acting.as("animateur.territoire", List.of("est-ensemble:agent", "est-ensemble:animateur"),
                () -> TenantContext.call("est-ensemble", () -> administration.create(new CampaignDraft(slug,
                        CampaignKind.VOTE, "Votation du territoire", "Une votation d'essai pour les neuf communes.",
                        BallotRule.SINGLE, null, null, 16, false,
                        List.of(new CampaignPhase(Phase.VOTE, today.plusDays(1), today.plusDays(8)))))));
        assertThat(created.getCreatedBy()).isEqualTo("animateur.territoire");
    }

    private void vote(OpenCampaign campaign, String commune, int option) throws Exception {
        String subject = "votant-" + UUID.randomUUID();
        ParticipationFixtures.resident(subject, commune, LocalDate.of(1980, 1, 1), ParticipationFixtures.nameOf(subject));
        Acting.asSubject(subject, List.of(), () -> TenantContext.call(campaign.tenant(),
                () -> voting.cast(campaign.slug(), List.of(campaign.options().get(option)), UUID.randomUUID().toString())));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
