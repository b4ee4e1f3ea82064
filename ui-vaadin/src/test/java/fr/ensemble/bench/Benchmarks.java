package fr.ensemble.bench;

import fr.ensemble.EnsembleApplication;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of {@code infra/bench/run NAME}: starts the application against the local stack, runs one
 * benchmark, prints its figures as {@code key=value} lines. Figures, never verdicts: compare them with the
 * goals in the README.
 */
public final class Benchmarks {

    private static final Map<String, Benchmark> BENCHMARKS = Map.of(
            "tenancy", new TenancyBenchmark(),
            "login", new LoginBenchmark(),
            "tiles", new TilesBenchmark(),
            "features", new FeaturesBenchmark(),
            "requests", new RequestsBenchmark(),
            "ballots", new BallotsBenchmark(),
            "slots", new SlotsBenchmark());

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && "ballots-crash".equals(args[0])) {
            // Starts and kills the application itself, in a process of its own.
            new BallotCrashRecount().run();
            return;
        }
        Benchmark benchmark = args.length == 1 ? BENCHMARKS.get(args[0]) : null;
        if (benchmark == null) {
            System.err.println("usage: infra/bench/run " + String.join("|", BENCHMARKS.keySet()) + "|ballots-crash");
            System.exit(2);
        }
        // Command-line arguments outrank application.properties. The port and client are the local realm's test
        // client's, so that browser logins come back here.
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(EnsembleApplication.class)
                .run("--server.port=" + System.getenv().getOrDefault("ENSEMBLE_TEST_APP_PORT", "18080"),
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        "--spring.security.oauth2.client.registration.keycloak.client-id=ensemble-app-tests",
                        "--spring.security.oauth2.client.registration.keycloak.client-secret=ensemble-tests-local-secret")) {
            benchmark.run(application);
        }
    }

    static void print(String key, double value) {
        System.out.printf("%s=%.2f%n", key, value);
    }

    static void print(String key, String value) {
        System.out.printf("%s=%s%n", key, value);
    }

    static void print(String key, long value) {
        System.out.printf("%s=%d%n", key, value);
    }

    /** One benchmark: measures and prints {@code key=value} lines. */
    interface Benchmark {

        void run(ConfigurableApplicationContext application) throws Exception;
    }
}
