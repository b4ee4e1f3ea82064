package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import fr.ensemble.core.identity.resident.ResidentIdentity;
import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.search.SearchIndexes;
import fr.ensemble.core.search.SearchOutbox;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.Instruction;
import fr.ensemble.demarches.application.Instruction.InboxRow;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.demarches.application.RequestRetention;
import fr.ensemble.demarches.application.RequestSearch;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search of requests against the stack's Elasticsearch: found by words (French stemming, accents ignored),
 * tracking number, name and e-mail, filtered by status; Pantin's requests out of Bagnolet's reach in the service,
 * the API and the index itself; a request filed while Elasticsearch is stopped found once it is back; a purged
 * request stripped of the person; a tenant's reindex.
 */
@IntegrationTest
class RequestSearchIT {

    private static final List<String> PANTIN_INSTRUCTOR = List.of("pantin:agent", "pantin:instructeur");
    private static final List<String> BAGNOLET_INSTRUCTOR = List.of("bagnolet:agent", "bagnolet:instructeur");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    RequestFiling filing;

    @Autowired
    Instruction instruction;

    @Autowired
    RequestSearch search;

    @Autowired
    RequestRetention retention;

    @Autowired
    SearchOutbox outbox;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    ResidentProfileService profiles;

    @Autowired
    JsonMapper json;

    @Test
    void aRequestIsFoundByItsWordsInFrenchByItsNumberAndByItsResident() {
        String word = uniqueWord();
        String alice = KeycloakRealm.user("alice").getId();
        profiles.signedIn(new ResidentIdentity(alice, "Alice", "Martin", "alice@example.org", null));
        String tracking = fileAsAlice("pantin", "Lampadaires éteints " + word, "Les lampadaires de l'avenue sont éteints.");

        assertThat(awaitFound("pantin", "lampadaire eteint " + word)).as("stemmed, accents ignored").contains(tracking);
        assertThat(found("pantin", tracking).getFirst()).as("the tracking number first").isEqualTo(tracking);
        assertThat(found("pantin", tracking.substring(tracking.length() - 6) + " " + word)).as("its last digits").contains(tracking);
        assertThat(found("pantin", "Alice Martin " + word)).as("the resident's name").contains(tracking);
        assertThat(found("pantin", "alice@example.org " + word)).as("the e-mail").contains(tracking);
        assertThat(found("pantin", "avenues " + word)).as("words of the answers, plural or not").contains(tracking);
        assertThat(found("pantin", "lampadaire " + word + " piscine")).as("every word must match").isEmpty();
    }

    @Test
    void theStatusFilterAndMessagesNarrowTheSearch() {
        String word = uniqueWord();
        String tracking = fileAsAlice("pantin", "Poubelles " + word, "Le ramassage n'est pas passé.");
        awaitFound("pantin", word);
        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin", () -> {
            instruction.move(tracking, "EN_COURS", "Nous regardons.", null);
            instruction.write(tracking, "Le camion benne repasse jeudi.", true);
        }));

        assertThat(await(() -> found("pantin", "benne " + word))).as("a note's words").contains(tracking);
        assertThat(await(() -> findIn("pantin", word, "EN_COURS"))).contains(tracking);
        assertThat(findIn("pantin", word, "RECUE")).isEmpty();
    }

    @Test
    void bagnoletNeverFindsPantinsRequests() throws Exception {
        String word = uniqueWord();
        String tracking = fileAsAlice("pantin", "Trottoir " + word, "Un trou dans le trottoir.");
        awaitFound("pantin", word);

        assertThat(Acting.as("agent.bagnolet", BAGNOLET_INSTRUCTOR,
                () -> TenantContext.call("bagnolet", () -> search.find(word, null, null, 50)))).isEmpty();
        assertThat(Acting.as("agent.bagnolet", BAGNOLET_INSTRUCTOR,
                () -> TenantContext.call("bagnolet", () -> search.find(tracking, null, null, 50)))).isEmpty();
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_INSTRUCTOR,
                () -> TenantContext.call("pantin", () -> search.find(word, null, null, 50))))
                .isInstanceOf(AccessDeniedException.class);

        String bagnolet = Tokens.accessToken("agent.bagnolet");
        assertThat(api(bagnolet, "bagnolet", word).statusCode()).isEqualTo(200);
        assertThat(json.readTree(api(bagnolet, "bagnolet", word).body()).valueStream().toList()).isEmpty();
        assertThat(api(bagnolet, "pantin", word).statusCode()).isEqualTo(403);
        JsonNode inPantin = json.readTree(api(Tokens.accessToken("agent.pantin"), "pantin", word).body());
        assertThat(inPantin.valueStream().map(row -> row.path("trackingNumber").asString())).containsExactly(tracking);

        long throughBagnoletsAlias = elasticsearch.count(count -> count.index(indexes.alias("requests", "bagnolet"))
                .query(query -> query.term(term -> term.field("trackingNumber").value(tracking)))).count();
        assertThat(throughBagnoletsAlias).as("Bagnolet's alias itself").isZero();
    }

    @Test
    void aRequestFiledWhileElasticsearchIsStoppedIsFoundOnceItIsBack() throws Exception {
        String word = uniqueWord();
        String tracking;
        try {
            LocalStack.command("infra/stack", "stop", "elasticsearch");
            tracking = fileAsAlice("pantin", "Banc cassé " + word, "Le banc du square est cassé.");
            String id = text("SELECT id::text FROM t_pantin.request WHERE tracking_number = ?", tracking);
            assertThat(await(() -> TenantContext.call("pantin", outbox::waiting).stream()
                    .filter(event -> event.startsWith("requests/" + id + " (")).toList()))
                    .as("kept in the outbox with its failure").isNotEmpty();
        } finally {
            LocalStack.command("infra/stack", "start");
        }
        assertThat(awaitFound("pantin", "banc casse " + word)).contains(tracking);
    }

    @Test
    void aPurgedRequestLeavesNothingOfThePersonInTheIndex() throws Exception {
        String word = uniqueWord();
        String tracking = fileAsAlice("pantin", "Question " + word, "Bonjour " + word);
        awaitFound("pantin", word);
        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin", () -> {
            instruction.move(tracking, "REFUSEE", "Hors compétence.", null);
        }));
        try (Connection superuser = LocalStack.superuser("ensemble"); var update = superuser.prepareStatement(
                "UPDATE t_pantin.request SET closed_at = closed_at - interval '400 days' WHERE tracking_number = ?")) {
            update.setString(1, tracking);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        TenantContext.call("pantin", () -> retention.purgeNow(Instant.now()));

        assertThat(await(() -> found("pantin", word).isEmpty() ? List.of("gone") : List.<String>of()))
                .as("its words are no longer found").isNotEmpty();
        assertThat(found("pantin", tracking)).as("the number stays, for the statistics").containsExactly(tracking);
    }

    @Test
    void aTenantsReindexRebuildsItsDocumentsFromPostgresql() throws Exception {
        String word = uniqueWord();
        String tracking = fileAsAlice("pantin", "Graffiti " + word, "Un graffiti sur le mur de l'école.");
        awaitFound("pantin", word);
        String id = text("SELECT id::text FROM t_pantin.request WHERE tracking_number = ?", tracking);
        elasticsearch.delete(delete -> delete.index(indexes.index("requests")).id("pantin:" + id).refresh(Refresh.True));
        assertThat(found("pantin", word)).as("lost from the index").isEmpty();

        LocalStack.command("infra/tenant", "reindex", "pantin");

        assertThat(awaitFound("pantin", "graffitis ecole " + word)).contains(tracking);
    }

    private String fileAsAlice(String tenant, String subject, String message) {
        return Acting.as("alice", List.of(), () -> TenantContext.call(tenant, () -> filing.file("contacter-elus",
                Map.of("objet", subject, "message", message, "email", "alice@example.org", "rendez_vous", "non"),
                "alice@example.org", null).getTrackingNumber()));
    }

    private List<String> found(String tenant, String words) {
        return findIn(tenant, words, null);
    }

    private List<String> findIn(String tenant, String words, String status) {
        return Acting.as("agent." + tenant, List.of(tenant + ":agent", tenant + ":instructeur"), () -> TenantContext.call(
                tenant, () -> search.find(words, status, null, 50))).stream().map(InboxRow::trackingNumber).toList();
    }

    private List<String> awaitFound(String tenant, String words) {
        return await(() -> found(tenant, words));
    }

    /** The first non-empty answer, asked again every half second (indexing happens after the commit). */
    private static List<String> await(Supplier<List<String>> answer) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<String> last = List.of();
        while (Instant.now().isBefore(deadline)) {
            last = answer.get();
            if (!last.isEmpty()) {
                return last;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return last;
    }

    private HttpResponse<String> api(String token, String commune, String words) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/agent/" + commune
                + "/demandes?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A word no other request contains, made of letters the French analyzer keeps as they are. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('b' + random.nextInt(20)));
        }
        return word.append("k").toString();
    }

    private static String text(String sql, String parameter) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var query = superuser.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getString(1);
            }
        }
    }
}
