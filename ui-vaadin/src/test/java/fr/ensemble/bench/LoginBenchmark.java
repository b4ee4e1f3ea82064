package fr.ensemble.bench;

import fr.ensemble.platform.KeycloakRealm;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
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
    private static final String PASSWORD = "Banc-d-essai-2026";

    @Override
    public void run(ConfigurableApplicationContext application) throws Exception {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        URI account = URI.create("http://127.0.0.1:" + port + "/compte");
        String issuer = application.getEnvironment().getProperty("ensemble.identity.issuer-uri");

        // One resident of its own per thread: the demo accounts stay untouched by the load.
        List<String> users = IntStream.range(0, THREADS).mapToObj(i -> createResident()).toList();
        try {
            measure(port, account, issuer, users);
        } finally {
            users.forEach(username -> KeycloakRealm.realm().users().delete(KeycloakRealm.user(username).getId()).close());
        }
    }

    private static void measure(int port, URI account, String issuer, List<String> users) throws Exception {
        var nextUser = ThreadLocal.withInitial(new AtomicInteger()::getAndIncrement);
        Throughput.Operation appLogin = () -> {
            if (!new BrowserlessLogin().logIn(account, users.get(nextUser.get() % THREADS), PASSWORD).body().contains("<html")) {
                throw new IllegalStateException("the application did not answer its page after login");
            }
        };
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Throughput.Operation keycloakToken = () -> {
            String form = "grant_type=password&client_id=ensemble-api-tests&scope=openid&username="
                    + users.get(nextUser.get() % THREADS) + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            HttpRequest tokenRequest = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
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
        Benchmarks.print("heap_per_idle_session_kb", heapPerIdleSession(port, account, users.getFirst()) / 1024.0);
    }

    private static String createResident() {
        var user = new UserRepresentation();
        user.setUsername("banc-" + UUID.randomUUID());
        user.setEmail(user.getUsername() + "@example.org");
        user.setFirstName("Banc");
        user.setLastName("Essai");
        user.setEmailVerified(true);
        user.setEnabled(true);
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = KeycloakRealm.realm().users().create(user)) {
            if (created.getStatus() != 201) {
                throw new IllegalStateException("could not create a benchmark resident: HTTP " + created.getStatus());
            }
        }
        return user.getUsername();
    }

    /** Heap after GC with N more logged-in sessions, each with its Vaadin UI created, divided by N. */
    private static double heapPerIdleSession(int port, URI account, String username) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        BrowserlessLogin[] sessions = new BrowserlessLogin[IDLE_SESSIONS];
        long before = usedHeapAfterGc(memory);
        for (int i = 0; i < IDLE_SESSIONS; i++) {
            sessions[i] = new BrowserlessLogin();
            sessions[i].logIn(account, username, PASSWORD);
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
