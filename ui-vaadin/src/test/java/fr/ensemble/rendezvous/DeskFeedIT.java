package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import fr.ensemble.rendezvous.application.AppointmentLinks;
import fr.ensemble.rendezvous.application.AppointmentManagement;
import fr.ensemble.rendezvous.application.AppointmentRequest;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.Appointment;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * A desk's private feed over HTTP, read back with ical4j: its appointments with the resident's name, a cancelled
 * one marked so; the link only for the commune's agents; a wrong, regenerated or other commune's secret is a 404.
 */
@IntegrationTest
class DeskFeedIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void theFeedListsTheDesksAppointmentsAndMarksCancelledOnes() throws Exception {
        Appointment booked = bookInPantin("Flavie Flux", 25);
        String uid = booked.getReference() + "@pantin.ensemble";
        String url = feedUrl("agent.pantin", booked.getDeskId(), "GET");

        HttpResponse<String> response = get(url, null, "text/calendar");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/calendar;charset=utf-8");
        VEvent event = event(response.body(), uid).orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Passeport ou carte d'identité (dépôt de demande) — 1 personne — Flavie Flux");
        assertThat(event.<Property>getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(UTC_STAMP.format(booked.getStartsAt()));
        assertThat(event.getStatus()).isNull();

        TenantContext.run("pantin", () -> management.cancel(booked.getReference(), links.token("pantin", booked.getReference())));

        VEvent cancelled = event(get(url, null, null).body(), uid).orElseThrow();
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void onlyTheRightSecretInTheRightCommuneOpensTheFeed() throws Exception {
        Appointment booked = bookInPantin("Sacha Secret", 26);
        String url = feedUrl("agent.pantin", booked.getDeskId(), "GET");
        assertThat(url).startsWith("http://127.0.0.1:" + port + "/api/v1/pantin/rendez-vous/flux/guichet/").endsWith(".ics");

        assertThat(get(url.replace("/pantin/", "/bagnolet/"), null, null).statusCode()).as("Pantin's secret in Bagnolet")
                .isEqualTo(404);
        HttpResponse<String> wrong = get(url.replace(".ics", "x.ics"), null, "text/calendar");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).doesNotContain("BEGIN:VCALENDAR");

        assertThat(callApi("agent.bagnolet", booked.getDeskId(), "GET").statusCode()).isEqualTo(403);
        assertThat(callApi("alice", booked.getDeskId(), "GET").statusCode()).isEqualTo(403);
        assertThat(get(api(booked.getDeskId()), null, null).statusCode()).isEqualTo(401);
        assertThat(callApi("agent.pantin", 999_999, "GET").statusCode()).isEqualTo(404);

        String renewed = feedUrl("agent.pantin", booked.getDeskId(), "POST");
        assertThat(renewed).isNotEqualTo(url);
        assertThat(get(url, null, null).statusCode()).as("the old link once regenerated").isEqualTo(404);
        assertThat(event(get(renewed, null, null).body(), booked.getReference() + "@pantin.ensemble")).isPresent();
        assertThat(feedUrl("agent.pantin", booked.getDeskId(), "GET")).isEqualTo(renewed);
    }

    private Appointment bookInPantin(String name, int daysAhead) {
        LocalDate day = LocalDate.now(PARIS).plusDays(daysAhead);
        OfferedSlot slot = TenantContext.call("pantin", () -> search.search("passeport-cni", 1, day, day.plusDays(10), null, 1))
                .getFirst();
        return Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call("pantin",
                () -> booking.book(new AppointmentRequest("passeport-cni", slot.deskId(), slot.start(), 1, name,
                        "flux@example.org", null, List.of("FX" + UUID.randomUUID().toString().replace("-", "")
                                .substring(0, 8).toUpperCase())))));
    }

    /** The feed's URL as the agent API gives it (GET) or renews it (POST). */
    private String feedUrl(String user, long deskId, String method) throws Exception {
        HttpResponse<String> response = callApi(user, deskId, method);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("url").asString();
    }

    private HttpResponse<String> callApi(String user, long deskId, String method) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api(deskId)))
                .header("Authorization", "Bearer " + Tokens.accessToken(user))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String api(long deskId) {
        return "http://127.0.0.1:" + port + "/api/v1/agent/pantin/rendez-vous/guichets/" + deskId + "/flux";
    }

    private static HttpResponse<String> get(String url, String bearer, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<VEvent> event(String ics, String uid) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> event.<Property>getProperty(Property.UID).map(Property::getValue).orElse("").equals(uid))
                .findFirst();
    }
}
