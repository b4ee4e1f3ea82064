package fr.ensemble.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.CampaignAdministration;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.CampaignDraft;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignPhase;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.DescribedImage;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Images of the options put to a citizen vote: a real PNG kept and served byte for byte once the campaign is
 * published, with its alternative text in the API; a text file named .png and an image without its text refused in
 * French with nothing written; Bagnolet's address never serves Pantin's image.
 */
@IntegrationTest
class OptionImagesIT {

    @LocalServerPort
    int port;

    @Autowired
    CampaignAdministration administration;

    @Test
    void aRealPngIsServedWithItsTextAFakeOneIsRefusedAndBagnoletCannotFetchIt() throws Exception {
        String slug = "images-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        byte[] png = ParticipationFixtures.png();
        BallotOption milliat = atDesk(() -> {
            administration.create(new CampaignDraft(slug, CampaignKind.VOTE, "Nom du gymnase", "Une votation d'essai.",
                    BallotRule.SINGLE, null, null, 0, false, List.of(new CampaignPhase(Phase.VOTE, today, today.plusDays(3)))));
            return administration.addOption(slug, "Alice Milliat", null, null,
                    DescribedImage.of("milliat.png", png, "Portrait d'Alice Milliat en 1922"));
        });
        atDesk(() -> administration.addOption(slug, "Nawal El Moutawakel", null, null, null));
        String path = "/api/v1/pantin/participation/options/" + milliat.getId() + "/image";
        assertThat(get(path).statusCode()).as("a draft's images are not shown yet").isEqualTo(404);

        assertThatThrownBy(() -> DescribedImage.of("photo.png", "ceci n'est pas une image".getBytes(StandardCharsets.UTF_8),
                "Une photo")).isInstanceOf(CampaignRefusedException.class).hasMessage("« photo.png » n'est pas une image JPEG ou PNG.");
        assertThatThrownBy(() -> DescribedImage.of("portrait.png", png, "  ")).hasMessageContaining("texte alternatif");
        assertThat(atDesk(() -> administration.options(slug))).hasSize(2);

        atDesk(() -> {
            administration.publish(slug);
            return null;
        });
        HttpResponse<byte[]> image = get(path);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).isEqualTo(png);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(image.body())).getWidth()).isEqualTo(40);

        JsonNode options = JsonMapper.shared().readTree(get("/api/v1/pantin/participation/campaigns/" + slug).body())
                .path("options");
        assertThat(options.get(0).path("imageUrl").asString()).isEqualTo(path);
        assertThat(options.get(0).path("imageAlt").asString()).isEqualTo("Portrait d'Alice Milliat en 1922");
        assertThat(options.get(1).path("imageUrl").isNull()).isTrue();

        assertThat(get("/api/v1/bagnolet/participation/options/" + milliat.getId() + "/image").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/bagnolet/participation/campaigns/" + slug).statusCode()).isEqualTo(404);
    }

    private static <T> T atDesk(java.util.function.Supplier<T> work) {
        return Acting.as("agent.pantin", ParticipationFixtures.PANTIN_ANIMATEUR, () -> TenantContext.call("pantin", work));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
