package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.rendezvous.application.AgendaSettings;
import fr.ensemble.rendezvous.application.AgendaSetup;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.PlaceForm;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.application.TypeForm;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.WeeklyOpening;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pantin's admin opens an agenda of its own (place, desk, type) and residents get slots once it has hours; bad
 * durations or map points are refused with nothing written; agents and Bagnolet's admin may not touch it; a place
 * published to the ANTS hub is listed by {@code getManagedMeetingPoints}.
 */
@IntegrationTest
class AgendaSetupIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The demo realm has no Bagnolet admin: Bagnolet's agent, given the admin role there, stands in for one. */
    private static final List<String> BAGNOLET_ADMIN = List.of("bagnolet:agent", "bagnolet:admin");

    @Value("${server.port}")
    int port;

    @Autowired
    AgendaSetup setup;

    @Autowired
    AgendaSettings settings;

    @Autowired
    SlotSearch search;

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private Long placeId;
    private Long typeId;

    @AfterEach
    void removeWhatWasCreated() throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble"); var statement = connection.createStatement()) {
            if (placeId != null) {
                statement.execute("DELETE FROM t_pantin.desk WHERE place_id = " + placeId);
                statement.execute("DELETE FROM t_pantin.place WHERE id = " + placeId);
            }
            if (typeId != null) {
                statement.execute("DELETE FROM t_pantin.appointment_type WHERE id = " + typeId);
            }
        }
    }

    @Test
    void anAdminOpensAnAgendaThatOffersSlotsOnceItHasHours() {
        Place place = asPantinAdmin(() -> setup.createPlace(place("Mairie annexe " + suffix, 2.41, 48.89, false)));
        placeId = place.getId();
        assertThat(place.getSlug()).isEqualTo("mairie-annexe-" + suffix);
        AppointmentType type = asPantinAdmin(() -> setup.createType(type("Carte d'identité " + suffix, 30, 15)));
        typeId = type.getId();
        assertThat(type.getSlug()).isEqualTo("carte-d-identite-" + suffix);
        Desk desk = asPantinAdmin(() -> setup.createDesk(placeId, "Guichet A", Set.of(typeId)));
        assertThat(desk.getTypeIds()).containsExactly(typeId);
        assertThatThrownBy(() -> asPantinAdmin(() -> setup.createDesk(placeId, "guichet a", Set.of())))
                .isInstanceOf(AppointmentRefusedException.class).hasMessage("Ce lieu a déjà un guichet nommé « guichet a ».");

        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        assertThat(slots(type.getSlug(), monday)).as("no hours yet").isEmpty();
        asPantinAdmin(() -> settings.addHours(desk.getId(), new WeeklyOpening(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))));
        List<OfferedSlot> offered = slots(type.getSlug(), monday);
        assertThat(offered).as("30 minutes every 15 from 9:00 to 9:30").hasSize(3);
        assertThat(offered.getFirst().start()).isEqualTo(monday.atTime(9, 0).atZone(PARIS).toInstant());

        asPantinAdmin(() -> setup.editDesk(desk.getId(), "Guichet A", false, Set.of(typeId)));
        assertThat(slots(type.getSlug(), monday)).as("desk deactivated").isEmpty();
        asPantinAdmin(() -> setup.editDesk(desk.getId(), "Guichet A", true, Set.of(typeId)));
        asPantinAdmin(() -> setup.editType(typeId, new TypeForm("Carte d'identité " + suffix, AppointmentTypeKind.AUTRE,
                30, 15, 5, 0, 60, null, false, false)));
        assertThatThrownBy(() -> slots(type.getSlug(), monday)).as("type deactivated")
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("n'est plus proposé");
        assertThat(asPantinAdmin(() -> setup.types()).stream().filter(found -> found.getId().equals(typeId)).findFirst()
                .orElseThrow().getSlug()).as("the slug stays when the label changes").isEqualTo(type.getSlug());
    }

    @Test
    void badDurationsAndPointsAreRefusedWithNothingWritten() throws SQLException {
        long placesBefore = count("SELECT count(*) FROM t_pantin.place");
        long typesBefore = count("SELECT count(*) FROM t_pantin.appointment_type");
        assertThatThrownBy(() -> asPantinAdmin(() -> setup.createType(type("Durée bancale " + suffix, 22, 10))))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("par multiples de 5");
        assertThatThrownBy(() -> asPantinAdmin(() -> setup.createType(type("Trop long " + suffix, 300, 0))))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("de 5 à 240 minutes");
        assertThatThrownBy(() -> asPantinAdmin(() -> setup.createPlace(place("Inversé " + suffix, 48.89, 2.41, false))))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("n'est pas en Île-de-France");
        assertThatThrownBy(() -> asPantinAdmin(() -> setup.createPlace(place("Pas un nombre " + suffix, Double.NaN, 48.89, false))))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("n'est pas en Île-de-France");
        assertThatThrownBy(() -> asPantinAdmin(() -> setup.createPlace(new PlaceForm("Sans code " + suffix, "1 rue", "935",
                "Pantin", 2.41, 48.89, null, false)))).hasMessage("Le code postal compte 5 chiffres.");
        assertThatThrownBy(() -> asPantinAdmin(() -> setup.createDesk(Long.MAX_VALUE, "Guichet", Set.of())))
                .hasMessage("Ce lieu n'existe pas.");
        assertThat(count("SELECT count(*) FROM t_pantin.place")).isEqualTo(placesBefore);
        assertThat(count("SELECT count(*) FROM t_pantin.appointment_type")).isEqualTo(typesBefore);
    }

    @Test
    void agentsAndOtherCommunesAdminsMayNotSetUpPantin() throws SQLException {
        Place place = asPantinAdmin(() -> setup.createPlace(place("Maison de quartier " + suffix, 2.40, 48.89, false)));
        placeId = place.getId();
        PlaceForm renamed = place("Piraté " + suffix, 2.40, 48.89, true);
        assertThatThrownBy(() -> Acting.as("agent.pantin", List.of("pantin:agent", "pantin:instructeur"),
                () -> TenantContext.call("pantin", () -> setup.createPlace(renamed)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_ADMIN,
                () -> TenantContext.call("pantin", () -> setup.editPlace(placeId, renamed)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_ADMIN,
                () -> TenantContext.call("pantin", () -> setup.places()))).isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT count(*) FROM t_pantin.place WHERE id = " + placeId + " AND name = 'Maison de quartier "
                + suffix + "' AND NOT ants_published")).isEqualTo(1);
    }

    @Test
    void aPlacePublishedToTheAntsHubIsAMeetingPoint() throws Exception {
        Place place = asPantinAdmin(() -> setup.createPlace(place("Centre administratif " + suffix, 2.4, 48.89, false)));
        placeId = place.getId();
        String id = "pantin-" + placeId;
        assertThat(meetingPointIds()).doesNotContain(id);
        asPantinAdmin(() -> setup.editPlace(placeId, place("Centre administratif " + suffix, 2.4, 48.89, true)));
        assertThat(meetingPointIds()).contains(id);
    }

    private List<String> meetingPointIds() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ants/getManagedMeetingPoints"))
                .header("X-HUB-RDV-AUTH-TOKEN", IntegrationTest.ANTS_HUB_TOKEN).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(response.body()).valueStream()
                    .map(point -> point.path("id").asString()).toList();
        }
    }

    private static PlaceForm place(String name, double longitude, double latitude, boolean antsPublished) {
        return new PlaceForm(name, "12 rue Hoche", "93500", "Pantin", longitude, latitude, "Accès de plain-pied", antsPublished);
    }

    private static TypeForm type(String label, int firstPerson, int extraPerson) {
        return new TypeForm(label, AppointmentTypeKind.AUTRE, firstPerson, extraPerson, 5, 0, 60, "Une photo", false, true);
    }

    private List<OfferedSlot> slots(String typeSlug, LocalDate day) {
        return TenantContext.call("pantin", () -> search.search(typeSlug, 1, day, day, List.of(placeId), 100));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble"); var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static <T> T asPantinAdmin(Supplier<T> work) {
        return Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.call("pantin", work));
    }
}
