package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.rendezvous.application.AppointmentLinks;
import fr.ensemble.rendezvous.application.AppointmentManagement;
import fr.ensemble.rendezvous.application.AppointmentRequest;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ANTS hub's three endpoints over HTTP as the hub calls them (token header, repeated parameters, its JSON
 * and error format), and the anti-duplicate declarations reaching the stand-in after a booking and a
 * cancellation, surviving an outage.
 */
@IntegrationTest
class AntsHubIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String PASSPORT = "passeport-cni";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static AntsCoordinationStandIn standIn;

    @Value("${server.port}")
    int port;

    @Autowired
    SlotSearch search;

    @Autowired
    Booking booking;

    @Autowired
    AppointmentManagement management;

    @Autowired
    AppointmentLinks links;

    @Autowired
    PlaceRepository places;

    @BeforeAll
    static void startStandIn() throws Exception {
        standIn = AntsCoordinationStandIn.start(Integer.parseInt(System.getenv().getOrDefault("ENSEMBLE_TEST_ANTS_PORT", "18094")),
                IntegrationTest.ANTS_COORDINATION_TOKEN);
    }

    @AfterAll
    static void stopStandIn() {
        standIn.close();
    }

    @Test
    void withoutTheHubsTokenNothingIsAnswered() throws Exception {
        HttpResponse<String> missing = get("/api/ants/getManagedMeetingPoints", null);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(missing.body()).path("detail").asString()).isEqualTo("X-HUB-RDV-AUTH-TOKEN header missing");
        HttpResponse<String> wrong = get("/api/ants/availableTimeSlots?meeting_point_ids=pantin-1&start_date=2026-01-01"
                + "&end_date=2026-01-02", "not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(wrong.body()).path("detail").asString()).isEqualTo("X-HUB-RDV-AUTH-TOKEN header invalid");
    }

    @Test
    void listsThePublishedPlacesOfEveryCommuneWithTheHubsFieldNames() throws Exception {
        HttpResponse<String> response = hub("/api/ants/getManagedMeetingPoints");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode pantin = byId(JSON.readTree(response.body()), pantinId());
        assertThat(pantin.path("name").asString()).startsWith("Hôtel de ville de Pantin");
        assertThat(pantin.path("public_entry_address").asString()).isEqualTo("45 avenue du Général Leclerc");
        assertThat(pantin.path("zip_code").asString()).isEqualTo("93500");
        assertThat(pantin.path("city_name").asString()).isEqualTo("Pantin");
        assertThat(pantin.path("longitude").asDouble()).isEqualTo(2.4053);
        assertThat(pantin.path("latitude").asDouble()).isEqualTo(48.8944);
        assertThat(pantin.path("website").asString()).endsWith("/pantin/rendez-vous");
        assertThat(JSON.readTree(response.body()).valueStream().map(point -> point.path("id").asString()))
                .anyMatch(id -> id.startsWith("bagnolet-"));
    }

    @Test
    void offersTheFreeSlotsOfTheSlotSearchForTheParty() throws Exception {
        LocalDate from = LocalDate.now(PARIS).plusDays(3);
        LocalDate to = from.plusDays(6);
        HttpResponse<String> response = hub("/api/ants/availableTimeSlots?meeting_point_ids=" + pantinId()
                + "&meeting_point_ids=" + pantinId() + "&start_date=" + from + "&end_date=" + to
                + "&reason=CNI-PASSPORT&documents_number=2");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode slots = JSON.readTree(response.body()).path(pantinId());
        List<OfferedSlot> expected = TenantContext.call("pantin", () -> search.search(PASSPORT, 2, from, to, null, 10_000));
        assertThat(slots.size()).isEqualTo(expected.size()).isPositive();
        DateTimeFormatter hubFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
        assertThat(slots.get(0).path("datetime").asString()).isEqualTo(hubFormat.format(expected.getFirst().start().atZone(PARIS)))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+0[12]:00");
        assertThat(slots.get(0).path("callback_url").asString()).contains("/pantin/rendez-vous?type=passeport-cni&personnes=2");
    }

    @Test
    void badRequestsAreAnsweredInTheHubsFormat() throws Exception {
        HttpResponse<String> badDate = hub("/api/ants/availableTimeSlots?meeting_point_ids=" + pantinId()
                + "&start_date=2026-13-01&end_date=2026-12-31");
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(badDate.body()).path("detail").get(0).path("loc").toString()).isEqualTo("[\"query\",\"start_date\"]");

        HttpResponse<String> unknown = hub("/api/ants/availableTimeSlots?meeting_point_ids=pantin-999999"
                + "&start_date=2026-12-01&end_date=2026-12-31");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("detail").asString()).isEqualTo("Unknown Meeting Point ID : pantin-999999");
        assertThat(hub("/api/ants/availableTimeSlots?meeting_point_ids=montreuil-1&start_date=2026-12-01&end_date=2026-12-31")
                .statusCode()).isEqualTo(404);

        assertThat(hub("/api/ants/availableTimeSlots?meeting_point_ids=" + pantinId()
                + "&start_date=2026-12-31&end_date=2026-12-01").statusCode()).isEqualTo(422);
        assertThat(hub("/api/ants/availableTimeSlots?meeting_point_ids=" + pantinId()
                + "&start_date=2026-12-01&end_date=2026-12-31&documents_number=9").statusCode()).isEqualTo(422);
        assertThat(hub("/api/ants/availableTimeSlots?meeting_point_ids=" + pantinId()
                + "&start_date=2026-12-01&end_date=2026-12-31&reason=PERMIS").statusCode()).isEqualTo(422);
        assertThat(hub("/api/ants/availableTimeSlots?start_date=2026-12-01&end_date=2026-12-31").statusCode()).isEqualTo(422);

        HttpResponse<String> badNumber = hub("/api/ants/searchApplicationIds?application_ids=ABC");
        assertThat(badNumber.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(badNumber.body()).path("detail").get(0).path("loc").toString())
                .isEqualTo("[\"query\",\"application_ids\"]");
    }

    @Test
    void aBookingIsDeclaredFoundByItsNumberAndWithdrawnWhenCancelled() throws Exception {
        String number = number();
        Appointment booked = book(number);
        String manageUrl = links.manageUrl("pantin", booked.getReference());

        await(() -> !standIn.appointmentsOf(number).isEmpty());
        Map<String, String> declared = standIn.appointmentsOf(number).getFirst();
        assertThat(declared.get("meeting_point_id")).isEqualTo(pantinId());
        assertThat(declared.get("meeting_point")).startsWith("Hôtel de ville de Pantin");
        assertThat(declared.get("appointment_date")).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(booked.getStartsAt().atZone(PARIS)));
        assertThat(declared.get("management_url")).isEqualTo(manageUrl);

        JsonNode found = JSON.readTree(hub("/api/ants/searchApplicationIds?application_ids=" + number
                + "&application_ids=ZZ00000000").body());
        assertThat(found.path(number).get(0).path("management_url").asString()).isEqualTo(manageUrl);
        assertThat(found.path(number).get(0).path("meeting_point").asString()).startsWith("Hôtel de ville de Pantin");
        assertThat(found.path("ZZ00000000").isArray()).isTrue();
        assertThat(found.path("ZZ00000000").size()).isZero();

        TenantContext.run("pantin", () -> management.cancel(booked.getReference(), links.token("pantin", booked.getReference())));
        await(() -> standIn.appointmentsOf(number).isEmpty());
        assertThat(JSON.readTree(hub("/api/ants/searchApplicationIds?application_ids=" + number).body()).path(number).size()).isZero();
    }

    @Test
    void aNumberWithAnAppointmentElsewhereOrAlreadyUsedIsRefusedInFrenchAndNothingIsBooked() throws Exception {
        String elsewhere = number();
        standIn.declaredElsewhere(elsewhere, Map.of("meeting_point", "Mairie de Sannois", "meeting_point_id", "123456",
                "appointment_date", "2026-04-20 08:00:00", "management_url", "https://autre-editeur.example/rdv/1"));
        assertThatThrownBy(() -> book(elsewhere)).isInstanceOf(AppointmentRefusedException.class)
                .hasMessageContaining("a déjà un rendez-vous (Mairie de Sannois, lundi 20 avril 2026 à 08h00)");
        String consumed = number();
        standIn.status(consumed, "consumed");
        assertThatThrownBy(() -> book(consumed)).isInstanceOf(AppointmentRefusedException.class)
                .hasMessageContaining("a déjà servi à déposer un dossier");
        assertThat(count("SELECT count(*) FROM t_pantin.appointment WHERE pre_application_numbers && ARRAY['" + elsewhere
                + "', '" + consumed + "']::varchar(10)[]")).isZero();
    }

    @Test
    void anOutageDelaysTheDeclarationAndLosesNothing() throws Exception {
        String number = number();
        standIn.down(true);
        Appointment booked;
        try {
            booked = book(number);
            await(() -> lastError(booked.getId()) != null);
        } finally {
            standIn.down(false);
        }
        assertThat(standIn.appointmentsOf(number)).isEmpty();
        assertThat(lastError(booked.getId())).contains("code 503");
        try (Connection connection = LocalStack.superuser("ensemble")) {
            connection.createStatement().executeUpdate("UPDATE t_pantin.ants_declaration SET next_attempt_at = now() "
                    + "WHERE appointment_id = " + booked.getId());
        }
        await(() -> !standIn.appointmentsOf(number).isEmpty());
        assertThat(count("SELECT count(*) FROM t_pantin.ants_declaration WHERE sent_at IS NOT NULL AND attempts >= 1 "
                + "AND appointment_id = " + booked.getId())).isEqualTo(1);
    }

    private Appointment book(String number) {
        return Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call("pantin", () -> {
            LocalDate from = LocalDate.now(PARIS).plusDays(10 + ThreadLocalRandom.current().nextInt(30));
            OfferedSlot slot = search.search(PASSPORT, 1, from, from.plusDays(14), null, 50).get(
                    ThreadLocalRandom.current().nextInt(20));
            return booking.book(new AppointmentRequest(PASSPORT, slot.deskId(), slot.start(), 1, "Camille Hub",
                    "hub-" + number.toLowerCase() + "@example.org", "01 23 45 67 89", List.of(number)));
        }));
    }

    private String pantinId() {
        return "pantin-" + TenantContext.call("pantin", () -> places.findBySlug("hotel-de-ville").orElseThrow().getId());
    }

    private static String number() {
        return "HB" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static JsonNode byId(JsonNode points, String id) {
        return points.valueStream().filter(point -> point.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private HttpResponse<String> hub(String path) throws Exception {
        return get(path, IntegrationTest.ANTS_HUB_TOKEN);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("X-HUB-RDV-AUTH-TOKEN", token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 150 && !condition.getAsBoolean(); i++) {
            Thread.sleep(200);
        }
        assertThat(condition.getAsBoolean()).as("reached within 30 s").isTrue();
    }

    private static String lastError(long appointmentId) {
        try (Connection connection = LocalStack.superuser("ensemble");
                var result = connection.createStatement().executeQuery("SELECT last_error FROM t_pantin.ants_declaration "
                        + "WHERE appointment_id = " + appointmentId)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble");
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
