package fr.ensemble.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Complete browser logins per second through the application (authorization code with PKCE, Keycloak's login
 * pages, the callback, the first page) next to Keycloak's own token requests per second for the same user (the
 * upper bound), at the same concurrency; then the heap an idle logged-in Vaadin session costs.
 */
class LoginBenchmark implements Benchmarks.Benchmark {

    private static final int THREADS = 4;
    private static final Duration ROUND = Duration.ofSeconds(10);
    private static final int IDLE_SESSIONS = 200;
    private static final String USER = "alice";
    private static final String PASSWORD = "ensemble";

    @Override
    public void run(ConfigurableApplicationContext application) throws Exception {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        URI account = URI.create("http://127.0.0.1:" + port + "/compte");
        String issuer = application.getEnvironment().getProperty("ensemble.identity.issuer-uri");

        Throughput.Operation appLogin = () -> {
            if (!new BrowserlessLogin().logIn(account, USER, PASSWORD).body().contains("<html")) {
                throw new IllegalStateException("the application did not answer its page after login");
            }
        };
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest tokenRequest = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=ensemble-api-tests&scope=openid"
                        + "&username=" + USER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build();
        Throughput.Operation keycloakToken = () -> {
            if (http.send(tokenRequest, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the token request");
            }
        };

        Throughput.perSecond(THREADS, Duration.ofSeconds(3), appLogin);
        Throughput.perSecond(THREADS, Duration.ofSeconds(3), keycloakToken);
        double logins = Throughput.perSecond(THREADS, ROUND, appLogin);
        double tokens = Throughput.perSecond(THREADS, ROUND, keycloakToken);
        Benchmarks.print("threads", THREADS);
        Benchmarks.print("app_logins_per_s", logins);
        Benchmarks.print("keycloak_tokens_per_s", tokens);
        Benchmarks.print("login_ratio", logins / tokens);

        Benchmarks.print("idle_sessions", IDLE_SESSIONS);
        Benchmarks.print("heap_per_idle_session_kb", heapPerIdleSession(port, account) / 1024.0);
    }

    /** Heap after GC with N more logged-in sessions, each with its Vaadin UI created, divided by N. */
    private static double heapPerIdleSession(int port, URI account) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        BrowserlessLogin[] sessions = new BrowserlessLogin[IDLE_SESSIONS];
        long before = usedHeapAfterGc(memory);
        for (int i = 0; i < IDLE_SESSIONS; i++) {
            sessions[i] = new BrowserlessLogin();
            sessions[i].logIn(account, USER, PASSWORD);
            HttpResponse<String> ui = sessions[i].get(URI.create("http://127.0.0.1:" + port
                    + "/?v-r=init&location=compte&v-wn=bench-" + i));
            if (!ui.body().contains("\"appConfig\"")) {
                throw new IllegalStateException("the Vaadin UI was not created: " + ui.body());
            }
        }
        long after = usedHeapAfterGc(memory);
        return (after - before) / (double) sessions.length;
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
