package fr.ensemble.bench;

import fr.ensemble.participation.application.ReceiptCodes;
import fr.ensemble.platform.LocalStack;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} of the application in the middle of a burst of ballots: the application runs as a child process,
 * 50 voters cast ballots through the API, the process is killed after a share of them was acknowledged, started
 * again, and every voter without an answer retries with the same idempotency key (what a client does). Then the
 * recount: every acknowledged receipt is in the ballot box once, every voter has exactly one ballot and one register
 * entry, and nothing else is there.
 */
final class BallotCrashRecount {

    private static final int THREADS = 50;
    private static final int VOTERS = Integer.getInteger("ensemble.bench.voters", 600);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String port = System.getenv().getOrDefault("ENSEMBLE_TEST_APP_PORT", "18080");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    void run() throws Exception {
        Process killed = start();
        long campaignId = openCampaign();
        List<String> tokens = BallotsBenchmark.voterTokens(VOTERS);
        String slug = slugOf(campaignId);
        URI ballots = URI.create("http://127.0.0.1:" + port + "/api/v1/pantin/participation/campaigns/" + slug + "/ballots");
        String body = "{\"choices\": [" + firstOption(campaignId) + "]}";
        List<String> keys = IntStream.range(0, tokens.size()).mapToObj(i -> UUID.randomUUID().toString()).toList();
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        var acknowledgedBeforeKill = new AtomicInteger(-1);

        Throughput.timeEach(THREADS, IntStream.range(0, tokens.size()).boxed().toList(), voter -> {
            cast(ballots, tokens.get(voter), keys.get(voter), body).ifPresent(receipt -> acknowledged.put(voter, receipt));
            if (acknowledged.size() >= tokens.size() / 3 && acknowledgedBeforeKill.compareAndSet(-1, acknowledged.size())) {
                killed.destroyForcibly();
            }
        });
        killed.waitFor();
        Map<Integer, String> beforeRestart = Map.copyOf(acknowledged);
        Process application = start();
        long countedAtRestart = count("SELECT count(*) FROM t_pantin.ballot WHERE campaign_id = " + campaignId);
        int retried = 0;
        try {
            for (int voter = 0; voter < tokens.size(); voter++) {
                if (!acknowledged.containsKey(voter)) {
                    retried++;
                    String receipt = cast(ballots, tokens.get(voter), keys.get(voter), body)
                            .orElseThrow(() -> new IllegalStateException("a retry after the restart failed"));
                    acknowledged.put(voter, receipt);
                }
            }
            long ballotsCounted = count("SELECT count(*) FROM t_pantin.ballot WHERE campaign_id = " + campaignId);
            long registered = count("SELECT count(*) FROM t_pantin.participation WHERE campaign_id = " + campaignId);
            long lost = beforeRestart.values().stream().filter(receipt -> !isCounted(campaignId, receipt)).count();
            Benchmarks.print("voters", tokens.size());
            Benchmarks.print("acknowledged_before_kill", acknowledgedBeforeKill.get());
            Benchmarks.print("acknowledged_before_restart", beforeRestart.size());
            Benchmarks.print("committed_but_unanswered_at_kill", countedAtRestart - beforeRestart.size());
            Benchmarks.print("retried_after_restart", retried);
            Benchmarks.print("ballots", ballotsCounted);
            Benchmarks.print("register_entries", registered);
            Benchmarks.print("lost", lost);
            Benchmarks.print("duplicates", Math.max(0, ballotsCounted - tokens.size()) + Math.abs(registered - ballotsCounted));
            Benchmarks.print("receipts_changed_by_retry", beforeRestart.entrySet().stream()
                    .filter(entry -> !entry.getValue().equals(acknowledged.get(entry.getKey()))).count());
        } finally {
            application.destroy();
            application.waitFor();
        }
    }

    /** The receipt of an acknowledged ballot; empty when the application did not answer (killed, restarting). */
    private java.util.Optional<String> cast(URI ballots, String token, String key, String body) throws Exception {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(ballots).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(JSON.readTree(response.body()).path("receipt").asString());
        } catch (IOException unanswered) {
            return java.util.Optional.empty();
        }
    }

    /** The application in a process of its own, as Benchmarks configures it, once it answers its health check. */
    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "fr.ensemble.EnsembleApplication", "--server.port=" + port, "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--spring.security.oauth2.client.registration.keycloak.client-id=ensemble-app-tests",
                "--spring.security.oauth2.client.registration.keycloak.client-secret=ensemble-tests-local-secret")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(new File("/dev/null"))).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting");
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not start within 5 minutes");
    }

    /** A Pantin approval vote open today, written directly (no application at hand yet to create it). */
    private static long openCampaign() throws Exception {
        String slug = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        long id = count("""
                INSERT INTO t_pantin.campaign (slug, kind, title, description, ballot_rule, max_choices, envelope_cents,
                    published, created_by, created_at)
                VALUES ('%s', 'BUDGET', 'Banc d''essai : arrêt brutal', 'Campagne du banc d''essai.', 'APPROVAL', 2,
                    100000000, true, 'banc', now()) RETURNING id""".formatted(slug));
        count("INSERT INTO t_pantin.campaign_phase VALUES (" + id + ", 'VOTE', current_date - 1, current_date + 1) RETURNING 1");
        count("INSERT INTO t_pantin.ballot_option (campaign_id, position, title, cost_cents) VALUES (" + id
                + ", 1, 'Projet A', 100000), (" + id + ", 2, 'Projet B', 200000) RETURNING 1");
        return id;
    }

    private static String slugOf(long campaignId) throws Exception {
        try (Connection superuser = LocalStack.superuser("ensemble"); var rows = superuser.createStatement()
                .executeQuery("SELECT slug FROM t_pantin.campaign WHERE id = " + campaignId)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long firstOption(long campaignId) throws Exception {
        return count("SELECT min(id) FROM t_pantin.ballot_option WHERE campaign_id = " + campaignId);
    }

    private static boolean isCounted(long campaignId, String receipt) {
        try {
            return count("SELECT count(*) FROM t_pantin.ballot WHERE campaign_id = " + campaignId + " AND receipt_hash = '"
                    + ReceiptCodes.hash(receipt) + "'") == 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection superuser = LocalStack.superuser("ensemble"); var rows = superuser.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
