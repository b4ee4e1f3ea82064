package fr.ensemble.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.FollowUps;
import fr.ensemble.participation.application.ProjectModeration;
import fr.ensemble.participation.application.ProjectSubmissions;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.DescribedImage;
import fr.ensemble.participation.domain.Project;
import fr.ensemble.participation.domain.ProjectCategory;
import fr.ensemble.participation.domain.ProjectImage;
import fr.ensemble.participation.domain.ProjectProposal;
import fr.ensemble.participation.domain.ProjectStatus;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A participatory budget before its vote: residents submit projects (place inside the commune, images by content),
 * agents moderate with a reason the author sees, study feasibility and put feasible projects to the vote; the
 * follow-up of a project is shown to everyone.
 */
@IntegrationTest
class ProjectsIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    ProjectSubmissions submissions;

    @Autowired
    ProjectModeration moderation;

    @Autowired
    FollowUps followUps;

    @Autowired
    ResidentProfileService profiles;

    @Test
    void aProjectGoesFromSubmissionThroughModerationAndStudyToTheVote() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        ParticipationFixtures.demoResident("bruno", "montreuil");
        String budget = fixtures.pantinSubmissions(300_000_00L);

        assertThatThrownBy(() -> asAlice(alice, () -> submissions.submit(budget, proposal("Bancs au parc", 2.4023, 48.8944),
                List.of(DescribedImage.of("banc.png", PNG, " "))))).hasMessageContaining("Décrivez l'image");
        Project benches = asAlice(alice, () -> submissions.submit(budget, proposal("Bancs au parc", 2.4023, 48.8944),
                List.of(DescribedImage.of("banc.png", PNG, "Un banc de bois à l'ombre d'un platane"))));
        Project offTopic = asAlice(alice, () -> submissions.submit(budget, proposal("Repeindre la mairie", null, null), List.of()));
        assertThat(benches.getStatus()).isEqualTo(ProjectStatus.SUBMITTED);
        assertThatThrownBy(() -> asAlice(alice, () -> submissions.submit(budget, proposal("Ailleurs", 2.4432, 48.8614),
                List.of()))).isInstanceOf(CampaignRefusedException.class).hasMessageContaining("hors de Pantin");
        assertThatThrownBy(() -> ProjectImage.of("plan.jpg", "%PDF-1.7".getBytes())).hasMessageContaining("n'est pas une image");
        String bruno = fr.ensemble.platform.KeycloakRealm.user("bruno").getId();
        assertThatThrownBy(() -> Acting.asSubject(bruno, List.of(), () -> TenantContext.call("pantin",
                () -> submissions.submit(budget, proposal("Chez Bruno", null, null), List.of()))))
                .isInstanceOf(VoteRefusedException.class).hasMessageContaining("réservé aux habitants de Pantin");
        assertThat(ParticipationFixtures.awaitMailContaining("alice@example.org", "Repeindre la mairie")).contains("est déposé");

        atDesk(() -> moderation.hide(offTopic.getId(), "Un budget participatif finance des investissements nouveaux."));
        assertThat(TenantContext.call("pantin", () -> submissions.visible(budget))).singleElement().satisfies(project -> {
            assertThat(project.getTitle()).isEqualTo("Bancs au parc");
            assertThat(project.getImageDescriptions()).containsExactly("Un banc de bois à l'ombre d'un platane");
        });
        assertThat(asAlice(alice, () -> submissions.mine(budget))).filteredOn(project -> project.getId().equals(offTopic.getId()))
                .singleElement().satisfies(project -> assertThat(project.getStatusReason()).contains("investissements"));
        assertThat(Acting.asSubject(alice, List.of(), () -> profiles.activities(alice))).anySatisfy(activity -> {
            assertThat(activity.title()).isEqualTo("Repeindre la mairie");
            assertThat(activity.status()).contains("Masqué par la modération").contains("investissements");
        });
        assertThat(image(benches.getId())).isEqualTo(200);
        assertThat(image(offTopic.getId())).as("a hidden project's images are hidden too").isEqualTo(404);

        assertThatThrownBy(() -> atDesk(() -> moderation.select(benches.getId()))).hasMessageContaining("faisable");
        assertThatThrownBy(() -> atDesk(() -> moderation.study(benches.getId(), false, " ", null))).hasMessageContaining("pourquoi");
        atDesk(() -> moderation.study(benches.getId(), true, "Emplacement validé par les espaces verts.", 14_500_00L));
        BallotOption option = Acting.as("agent.pantin", ParticipationFixtures.PANTIN_ANIMATEUR,
                () -> TenantContext.call("pantin", () -> moderation.select(benches.getId())));
        assertThat(option.getCostCents()).as("the studied cost").isEqualTo(14_500_00L);
        assertThat(option.getTitle()).isEqualTo("Bancs au parc");

        atDesk(() -> {
            followUps.update(option.getId(), "Bancs commandés", 40, "Alice Martin, service des espaces verts, conseil citoyen");
            followUps.addMilestone(option.getId(), "Pose des bancs", LocalDate.of(2027, 4, 1), false);
        });
        var followUp = TenantContext.call("pantin", () -> followUps.of(option.getId())).orElseThrow();
        assertThat(followUp.progress()).isEqualTo(40);
        assertThat(followUp.milestones()).extracting(milestone -> milestone.title()).containsExactly("Pose des bancs");
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:animateur"),
                () -> TenantContext.run("pantin", () -> moderation.hide(benches.getId(), "non"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static ProjectProposal proposal(String title, Double longitude, Double latitude) {
        return new ProjectProposal(title, "Une description du projet.", ProjectCategory.CADRE_DE_VIE, 12_000_00L,
                longitude, latitude, null);
    }

    private static <T> T asAlice(String alice, Supplier<T> work) {
        return Acting.asSubject(alice, List.of(), () -> TenantContext.call("pantin", work));
    }

    private static void atDesk(Runnable work) {
        Acting.as("agent.pantin", ParticipationFixtures.PANTIN_ANIMATEUR, () -> TenantContext.run("pantin", work));
    }

    private int image(long project) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/pantin/participation/projects/" + project + "/images/1")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
