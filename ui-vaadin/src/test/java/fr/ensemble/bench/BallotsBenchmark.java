package fr.ensemble.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.ensemble.participation.ParticipationFixtures;
import fr.ensemble.participation.ParticipationFixtures.OpenCampaign;
import fr.ensemble.participation.application.ReceiptCodes;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.Tokens;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ballots per second through the HTTP API (real bearer tokens of distinct residents, one ballot each, every tenth
 * voter sending it twice with the same idempotency key) next to the same transaction (register entry + ballot)
 * over plain JDBC, both at concurrency 50; then a recount: every acknowledged receipt must be in the ballot box
 * once ({@code lost}), and nothing else ({@code duplicates}).
 */
class BallotsBenchmark implements Benchmarks.Benchmark {

    private static final int THREADS = 50;
    private static final int VOTERS = Integer.getInteger("ensemble.bench.voters", 600);
    private static final int WARM_UP_ROUNDS = 4;
    private static final String PASSWORD = "Banc-d-essai-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void run(ConfigurableApplicationContext application) throws Exception {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        var fixtures = application.getBean(ParticipationFixtures.class);
        OpenCampaign campaign = fixtures.pantin(CampaignKind.BUDGET, BallotRule.APPROVAL, 2, 1_000_000_00L,
                10_000_00L, 20_000_00L, 30_000_00L);
        OpenCampaign rawCampaign = fixtures.pantin(CampaignKind.BUDGET, BallotRule.APPROVAL, 2, 1_000_000_00L,
                10_000_00L, 20_000_00L, 30_000_00L);
        List<String> tokens = voterTokens(VOTERS);
        var properties = application.getBean(DataSourceProperties.class);
        int poolSize = application.getBean(DataSource.class) instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder
                .create().setMaxConnTotal(THREADS).setMaxConnPerRoute(THREADS).build()).build()) {
            // Warm-up, not measured: the same voters in other campaigns, until both sides run compiled code.
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                voteThroughApi(http, port, fixtures.pantin(CampaignKind.BUDGET, BallotRule.APPROVAL, 2, 1_000_000_00L, 10_000_00L,
                        20_000_00L), tokens, ConcurrentHashMap.newKeySet());
                OpenCampaign rawWarmUp = fixtures.pantin(CampaignKind.BUDGET, BallotRule.APPROVAL, 2, 1_000_000_00L, 10_000_00L,
                        20_000_00L);
                try (HikariDataSource pool = rawPool(properties.getUrl(), poolSize)) {
                    voteOverJdbc(pool, rawWarmUp, tokens.size());
                }
            }

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Throughput.Latencies api = voteThroughApi(http, port, campaign, tokens, acknowledged);
            Throughput.Latencies raw;
            try (HikariDataSource pool = rawPool(properties.getUrl(), poolSize)) {
                raw = voteOverJdbc(pool, rawCampaign, tokens.size());
            }

            long campaignId = campaign.campaignId();
            long counted = count("SELECT count(*) FROM t_pantin.ballot WHERE campaign_id = " + campaignId);
            long registered = count("SELECT count(*) FROM t_pantin.participation WHERE campaign_id = " + campaignId);
            long lost = 0;
            for (String receipt : acknowledged) {
                lost += count("SELECT CASE WHEN EXISTS (SELECT FROM t_pantin.ballot WHERE campaign_id = " + campaignId
                        + " AND receipt_hash = '" + ReceiptCodes.hash(receipt) + "') THEN 0 ELSE 1 END");
            }
            Benchmarks.print("threads", THREADS);
            Benchmarks.print("voters", tokens.size());
            Benchmarks.print("ballots_per_s", tokens.size() / api.seconds());
            Benchmarks.print("ballots.p50_ms", api.percentileMs(50));
            Benchmarks.print("ballots.p95_ms", api.percentileMs(95));
            Benchmarks.print("raw_postgres_inserts_per_s", raw.perSecond());
            Benchmarks.print("ratio_vs_postgres", (tokens.size() / api.seconds()) / raw.perSecond());
            Benchmarks.print("acknowledged", acknowledged.size());
            Benchmarks.print("lost", lost);
            Benchmarks.print("duplicates", Math.max(0, counted - acknowledged.size()) + Math.abs(registered - counted));
        }
    }

    /** One ballot per voter through the HTTP API, every tenth sent twice with the same idempotency key. */
    private static Throughput.Latencies voteThroughApi(CloseableHttpClient http, int port, OpenCampaign campaign,
            List<String> tokens, Set<String> acknowledged) throws Exception {
        String ballots = "http://127.0.0.1:" + port + "/api/v1/pantin/participation/campaigns/" + campaign.slug() + "/ballots";
        String body = JSON.writeValueAsString(java.util.Map.of("choices", List.of(campaign.options().getFirst())));
        return Throughput.timeEach(THREADS, IntStream.range(0, tokens.size()).boxed().toList(), voter -> {
            String key = UUID.randomUUID().toString();
            int sends = voter % 10 == 0 ? 2 : 1;
            for (int i = 0; i < sends; i++) {
                var post = new HttpPost(ballots);
                post.setHeader("Authorization", "Bearer " + tokens.get(voter));
                post.setHeader("Idempotency-Key", key);
                post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
                String receipt = http.execute(post, response -> {
                    String answer = EntityUtils.toString(response.getEntity());
                    if (response.getCode() != 201) {
                        throw new IllegalStateException("ballot refused: " + response.getCode() + " " + answer);
                    }
                    return JSON.readTree(answer).path("receipt").asString();
                });
                acknowledged.add(receipt);
            }
        });
    }

    private static Throughput.Latencies voteOverJdbc(HikariDataSource pool, OpenCampaign campaign, int voters)
            throws Exception {
        long campaignId = campaign.campaignId();
        long option = campaign.options().getFirst();
        return Throughput.timeEach(THREADS, IntStream.range(0, voters).boxed().toList(),
                voter -> rawBallot(pool, campaignId, "brut-" + UUID.randomUUID(), option));
    }

    /** The same writes as a vote, without the application: register entry and ballot in one transaction. */
    private static void rawBallot(HikariDataSource pool, long campaignId, String voter, long option) throws Exception {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
            try (PreparedStatement register = connection.prepareStatement("""
                    INSERT INTO t_pantin.participation (campaign_id, voter, channel, voted_on, idempotency_hash)
                    VALUES (?, ?, 'ONLINE', ?, ?)""");
                    PreparedStatement ballot = connection.prepareStatement("""
                    INSERT INTO t_pantin.ballot (id, campaign_id, channel, cast_on, receipt_hash, choices)
                    VALUES (?, ?, 'ONLINE', ?, ?, ?)""")) {
                register.setLong(1, campaignId);
                register.setString(2, voter);
                register.setObject(3, today);
                register.setString(4, sha256(voter));
                register.executeUpdate();
                ballot.setObject(1, UUID.randomUUID());
                ballot.setLong(2, campaignId);
                ballot.setObject(3, today);
                ballot.setString(4, sha256(UUID.randomUUID().toString()));
                ballot.setArray(5, connection.createArrayOf("bigint", new Long[] {option}));
                ballot.executeUpdate();
            }
            connection.commit();
        }
    }

    /** Residents of Pantin with a Keycloak account each (created once, reused by later runs) and a token each. */
    static List<String> voterTokens(int voters) throws Exception {
        List<String> usernames = IntStream.range(0, voters).mapToObj(i -> "banc-votant-" + i).toList();
        List<String> tokens = new ArrayList<>(java.util.Collections.nCopies(voters, (String) null));
        Throughput.timeEach(8, IntStream.range(0, voters).boxed().toList(), i -> {
            String subject = ensureUser(usernames.get(i));
            ParticipationFixtures.resident(subject, "pantin", LocalDate.of(1980, 1, 1), ParticipationFixtures.nameOf(subject));
            tokens.set(i, Tokens.accessToken(usernames.get(i), PASSWORD));
        });
        return tokens;
    }

    private static String ensureUser(String username) {
        var existing = KeycloakRealm.realm().users().searchByUsername(username, true);
        if (!existing.isEmpty()) {
            return existing.getFirst().getId();
        }
        var user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.org");
        user.setFirstName("Banc");
        user.setLastName("Votant");
        user.setEmailVerified(true);
        user.setEnabled(true);
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = KeycloakRealm.realm().users().create(user)) {
            if (created.getStatus() != 201) {
                throw new IllegalStateException("could not create a benchmark voter: HTTP " + created.getStatus());
            }
        }
        return KeycloakRealm.user(username).getId();
    }

    private static HikariDataSource rawPool(String url, int size) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private static long count(String sql) throws Exception {
        try (Connection superuser = fr.ensemble.platform.LocalStack.superuser("ensemble");
                var result = superuser.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
