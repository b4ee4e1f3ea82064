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

    private static final Map<String, Benchmark> BENCHMARKS = Map.of("tenancy", new TenancyBenchmark());

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Benchmark benchmark = args.length == 1 ? BENCHMARKS.get(args[0]) : null;
        if (benchmark == null) {
            System.err.println("usage: infra/bench/run " + String.join("|", BENCHMARKS.keySet()));
            System.exit(2);
        }
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(EnsembleApplication.class)
                .properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run()) {
            benchmark.run(application);
        }
    }

    /** One benchmark: measures and prints {@code key=value} lines. */
    interface Benchmark {

        void run(ConfigurableApplicationContext application) throws Exception;
    }
}
