package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentActivitySource;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import fr.ensemble.rendezvous.application.AppointmentLinks;
import fr.ensemble.rendezvous.application.AppointmentReminders;
import fr.ensemble.rendezvous.application.NewWorkshop;
import fr.ensemble.rendezvous.application.WorkshopRegistrations;
import fr.ensemble.rendezvous.application.WorkshopRegistrations.RegistrationView;
import fr.ensemble.rendezvous.application.Workshops;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

/**
 * Workshops against the real database: residents racing for seats never exceed the capacity (the rest wait in
 * order), a cancellation gives the seats to the first waiting party that fits and e-mails it, the public feed and
 * the agents' API, and Pantin's workshops out of Bagnolet's reach.
 */
@IntegrationTest
class WorkshopsIT {

    private static final List<String> PANTIN_AGENT = List.of("pantin:agent");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${server.port}")
    int port;

    @Autowired
    Workshops workshops;

    @Autowired
    WorkshopRegistrations registrations;

    @Autowired
    AppointmentLinks links;

    @Autowired
    AppointmentReminders reminders;

    @Autowired
    PlaceRepository places;

    @Autowired
    List<ResidentActivitySource> activitySources;

    @Test
    void residentsRacingForSeatsNeverExceedTheCapacityAndTheOthersWaitInLine() throws Exception {
        Workshop workshop = open("Atelier numérique " + UUID.randomUUID(), 10);
        List<Callable<RegistrationView>> racers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = "atelier-" + workshop.getId() + "-" + i + "@example.org";
            racers.add(() -> asResident(UUID.randomUUID().toString(),
                    () -> registrations.register(workshop.getId(), 1, "Course Atelier", email, null)));
        }
        List<RegistrationView> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<RegistrationView> outcome : pool.invokeAll(racers)) {
                outcomes.add(outcome.get());
            }
        }

        Map<WorkshopRegistrationStatus, Long> byStatus = outcomes.stream()
                .collect(Collectors.groupingBy(view -> view.registration().getStatus(), Collectors.counting()));
        assertThat(byStatus).containsEntry(WorkshopRegistrationStatus.INSCRIT, 10L)
                .containsEntry(WorkshopRegistrationStatus.ATTENTE, 20L);
        assertThat(outcomes.stream().filter(view -> view.rank() > 0).map(RegistrationView::rank).sorted().toList())
                .as("each waiting party told its own rank").containsExactlyElementsOf(range(1, 20));
        assertThat(count("SELECT seats_taken FROM t_pantin.workshop WHERE id = " + workshop.getId())).isEqualTo(10);
        assertThat(count("SELECT coalesce(sum(people), 0) FROM t_pantin.workshop_registration WHERE status = 'INSCRIT' "
                + "AND workshop_id = " + workshop.getId())).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM t_pantin.outgoing_mail WHERE recipient LIKE 'atelier-" + workshop.getId()
                + "-%'")).as("a mail for each registration, seat or waiting list").isEqualTo(30);
    }

    @Test
    void theDayBeforeEachSeatHeldForLongerIsRemindedOnceAndALastMinuteOneIsNot() throws Exception {
        Workshop workshop = open("Rappel " + UUID.randomUUID(), 5);
        String early = "rappel-tot-" + workshop.getId() + "@example.org";
        String late = "rappel-tard-" + workshop.getId() + "@example.org";
        String earlyReference = register(UUID.randomUUID().toString(), workshop, 2, early).registration().getReference();
        register(UUID.randomUUID().toString(), workshop, 1, late);
        String waiting = "rappel-attente-" + workshop.getId() + "@example.org";
        register(UUID.randomUUID().toString(), workshop, 3, waiting);
        try (Connection connection = LocalStack.superuser("ensemble")) {
            var statement = connection.createStatement();
            statement.executeUpdate("UPDATE t_pantin.workshop SET starts_at = now() + interval '20 hours', "
                    + "ends_at = now() + interval '22 hours' WHERE id = " + workshop.getId());
            statement.executeUpdate("UPDATE t_pantin.workshop_registration SET registered_at = now() - interval '2 days' "
                    + "WHERE contact_email IN ('" + early + "', '" + waiting + "')");
            statement.executeUpdate("UPDATE t_pantin.workshop_registration SET registered_at = now() - interval '1 hour' "
                    + "WHERE contact_email = '" + late + "'");
        }

        reminders.sendDue();
        reminders.sendDue();

        var mail = LocalStack.awaitMailAbout(early, "Rappel");
        assertThat(mail.text()).contains(earlyReference).contains("pour 2 personnes");
        assertThat(count("SELECT count(*) FROM t_pantin.outgoing_mail WHERE subject LIKE 'Rappel%' AND recipient = '"
                + early + "'")).as("reminded once").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM t_pantin.outgoing_mail WHERE subject LIKE 'Rappel%' AND recipient IN ('"
                + late + "', '" + waiting + "')")).as("neither the last-minute seat nor the waiting list").isZero();
    }

    @Test
    void theDatabaseRefusesMoreSeatsThanTheCapacity() throws Exception {
        Workshop workshop = open("Garde-fou " + UUID.randomUUID(), 2);
        try (Connection connection = LocalStack.superuser("ensemble")) {
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "UPDATE t_pantin.workshop SET seats_taken = 3 WHERE id = " + workshop.getId()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("workshop_within_capacity");
        }
    }

    @Test
    void aCancellationGivesTheSeatsToTheFirstWaitingPartyThatFitsAndMailsIt() throws Exception {
        Workshop workshop = open("Santé des jeunes " + UUID.randomUUID(), 3);
        String batch = "promo-" + workshop.getId();
        String annie = UUID.randomUUID().toString();
        register(annie, workshop, 2, batch + "-annie@example.org");
        RegistrationView bea = register(UUID.randomUUID().toString(), workshop, 1, batch + "-bea@example.org");
        RegistrationView clan = register(UUID.randomUUID().toString(), workshop, 3, batch + "-clan@example.org");
        RegistrationView dom = register(UUID.randomUUID().toString(), workshop, 1, batch + "-dom@example.org");
        assertThat(clan.rank()).isEqualTo(1);
        assertThat(dom.rank()).isEqualTo(2);
        assertThatThrownBy(() -> register(annie, workshop, 1, batch + "-annie@example.org"))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageStartingWith("Vous êtes déjà inscrit");
        assertThatThrownBy(() -> register(UUID.randomUUID().toString(), workshop, 6, batch + "-six@example.org"))
                .hasMessage("Une inscription vaut pour 1 à 5 personnes.");

        String beaRef = bea.registration().getReference();
        assertThatThrownBy(() -> TenantContext.run("pantin", () -> registrations.cancel(beaRef, "forged")))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageStartingWith("Ce lien d'inscription n'est pas valide");
        TenantContext.run("pantin", () -> registrations.cancel(beaRef, links.token("pantin", beaRef)));

        String domRef = dom.registration().getReference();
        RegistrationView domNow = TenantContext.call("pantin", () -> registrations.open(domRef, links.token("pantin", domRef)));
        assertThat(domNow.registration().getStatus()).as("the party of one fits the freed seat")
                .isEqualTo(WorkshopRegistrationStatus.INSCRIT);
        String clanRef = clan.registration().getReference();
        RegistrationView clanNow = TenantContext.call("pantin", () -> registrations.open(clanRef, links.token("pantin", clanRef)));
        assertThat(clanNow.registration().getStatus()).as("three do not fit in one seat").isEqualTo(WorkshopRegistrationStatus.ATTENTE);
        assertThat(clanNow.rank()).isEqualTo(1);
        assertThat(count("SELECT seats_taken FROM t_pantin.workshop WHERE id = " + workshop.getId())).isEqualTo(3);

        LocalStack.ReceivedMail promoted = LocalStack.awaitMailAbout(batch + "-dom@example.org", "Une place s'est libérée");
        assertThat(promoted.text()).contains(workshop.getTitle(), domRef, "/pantin/rendez-vous/ateliers/" + domRef + "?jeton=");
        assertThat(LocalStack.awaitMailAbout(batch + "-clan@example.org", "Liste d'attente").text()).contains("au rang 1");

        List<ResidentActivity> mine = activitySources.stream().flatMap(source -> source.activitiesOf(annie).stream()).toList();
        assertThat(mine).anySatisfy(activity -> {
            assertThat(activity.kind()).isEqualTo("Atelier");
            assertThat(activity.title()).startsWith(workshop.getTitle());
            assertThat(activity.status()).isEqualTo("Inscrit");
            assertThat(activity.path()).startsWith("compte/ateliers/pantin/ATL-");
        });
    }

    @Test
    void pantinsWorkshopsStayOutOfBagnoletsReach() throws Exception {
        Workshop workshop = open("Atelier de Pantin " + UUID.randomUUID(), 5);
        RegistrationView registered = register(UUID.randomUUID().toString(), workshop, 1, "iso-" + workshop.getId() + "@example.org");
        String reference = registered.registration().getReference();

        assertThat(TenantContext.call("bagnolet", workshops::upcoming)).noneMatch(listed -> listed.workshop().getTitle()
                .equals(workshop.getTitle()));
        assertThatThrownBy(() -> Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call("bagnolet",
                () -> registrations.register(workshop.getId(), 1, "Iso", "iso@example.org", null))))
                .isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(() -> TenantContext.run("bagnolet", () -> registrations.cancel(reference, links.token("pantin", reference))))
                .as("a link signed for Pantin opens nothing in Bagnolet").isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent"), () -> TenantContext.call("pantin",
                () -> workshops.create(wanted("Intrus", 5))))).isInstanceOf(AccessDeniedException.class);

        String pantinFeed = get("/api/v1/pantin/rendez-vous/ateliers.ics", null).body();
        assertThat(summaries(pantinFeed)).contains(workshop.getTitle() + " — Pantin");
        assertThat(pantinFeed).doesNotContain("Course Atelier", "@example.org", reference);
        assertThat(summaries(get("/api/v1/bagnolet/rendez-vous/ateliers.ics", null).body()))
                .noneMatch(summary -> summary.startsWith(workshop.getTitle()));
        assertThat(get("/api/v1/nulle-part/rendez-vous/ateliers.ics", null).statusCode()).isEqualTo(404);
    }

    @Test
    void agentsOpenWorkshopsThroughTheApiAndBadOnesAreRefusedInFrench() throws Exception {
        long placeId = TenantContext.call("pantin", () -> places.findAll().getFirst().getId());
        Instant start = Instant.now().plus(Duration.ofDays(20));
        String title = "Aide numérique " + UUID.randomUUID();
        String body = "{\"title\":\"" + title + "\",\"kind\":\"AIDE_NUMERIQUE\",\"placeId\":" + placeId + ",\"start\":\""
                + start + "\",\"end\":\"" + start.plus(Duration.ofHours(2)) + "\",\"capacity\":12,\"description\":\"Apportez votre téléphone.\"}";

        HttpResponse<String> created = post("/api/v1/agent/pantin/rendez-vous/ateliers", Tokens.accessToken("agent.pantin"), body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"capacity\":12", title);
        assertThat(post("/api/v1/agent/pantin/rendez-vous/ateliers", Tokens.accessToken("agent.bagnolet"), body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> refused = post("/api/v1/agent/pantin/rendez-vous/ateliers", Tokens.accessToken("agent.pantin"),
                body.replace("\"capacity\":12", "\"capacity\":0").replace(title, "Refusé " + title));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Le nombre de places va de 1 à 500.");
        assertThat(count("SELECT count(*) FROM t_pantin.workshop WHERE title = 'Refusé " + title + "'")).isZero();
        assertThat(summaries(get("/api/v1/pantin/rendez-vous/ateliers.ics", null).body())).contains(title + " — Pantin");
    }

    private Workshop open(String title, int capacity) {
        return Acting.as("agent.pantin", PANTIN_AGENT, () -> TenantContext.call("pantin", () -> workshops.create(wanted(title, capacity))));
    }

    private NewWorkshop wanted(String title, int capacity) {
        long placeId = TenantContext.call("pantin", () -> places.findAll().getFirst().getId());
        Instant start = Instant.now().plus(Duration.ofDays(15));
        return new NewWorkshop(title, AppointmentTypeKind.SANTE, placeId, start, start.plus(Duration.ofHours(2)), capacity,
                "Un atelier pour les 16-25 ans.");
    }

    private RegistrationView register(String subject, Workshop workshop, int people, String email) {
        return asResident(subject, () -> registrations.register(workshop.getId(), people, "Résident Atelier", email, null));
    }

    private static <T> T asResident(String subject, java.util.function.Supplier<T> work) {
        return Acting.asSubject(subject, List.of(), () -> TenantContext.call("pantin", work));
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String bearer, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> summaries(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> event.<Property>getProperty(Property.SUMMARY).map(Property::getValue).orElse("")).toList();
    }

    private static List<Integer> range(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble");
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
