package fr.ensemble.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.ensemble.core.tenancy.NewTenant;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantOnboarding;
import fr.ensemble.core.tenancy.persistence.TenantConnectionProvider;
import fr.ensemble.platform.Acting;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The cost of acting as the tenant's role: the same read of one tenant's table, (a) through the application's
 * tenant connections (SET ROLE and search path at checkout, reset at release) and (b) on plain pooled
 * connections of a role that reads the table directly, in alternating rounds at the same concurrency; the
 * same read over HTTP through the whole application; and the time to onboard one commune.
 */
class TenancyBenchmark implements Benchmarks.Benchmark {

    private static final int THREADS = 8;
    private static final int ROUNDS = 5;
    private static final Duration ROUND = Duration.ofSeconds(4);

    @Override
    public void run(ConfigurableApplicationContext application) throws Exception {
        var connections = application.getBean(TenantConnectionProvider.class);
        var properties = application.getBean(DataSourceProperties.class);
        var poolSize = application.getBean(DataSource.class) instanceof HikariDataSource hikari
                ? hikari.getMaximumPoolSize() : 10;

        try (HikariDataSource plain = plainPool(properties.getUrl(), poolSize)) {
            Throughput.Operation throughTenant = () -> {
                Connection connection = connections.getConnection("pantin");
                try {
                    readSettings(connection, "commune_settings");
                } finally {
                    connections.releaseConnection("pantin", connection);
                }
            };
            Throughput.Operation onPlainConnection = () -> {
                try (Connection connection = plain.getConnection()) {
                    readSettings(connection, "t_pantin.commune_settings");
                }
            };
            Throughput.perSecond(THREADS, Duration.ofSeconds(2), throughTenant);
            Throughput.perSecond(THREADS, Duration.ofSeconds(2), onPlainConnection);
            List<Double> tenant = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                tenant.add(Throughput.perSecond(THREADS, ROUND, throughTenant));
                raw.add(Throughput.perSecond(THREADS, ROUND, onPlainConnection));
            }
            Benchmarks.print("threads", THREADS);
            Benchmarks.print("tenant_read_per_s", median(tenant));
            Benchmarks.print("plain_read_per_s", median(raw));
            Benchmarks.print("overhead_ratio", median(tenant) / median(raw));
        }

        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/pantin/settings")).build();
        Throughput.perSecond(THREADS, Duration.ofSeconds(2), () -> http.send(request, HttpResponse.BodyHandlers.discarding()));
        Benchmarks.print("http_tenant_read_per_s", Throughput.perSecond(THREADS, ROUND, () -> {
            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                throw new IllegalStateException("HTTP read failed");
            }
        }));

        onboardOneCommune(application.getBean(TenantOnboarding.class));
    }

    private static void onboardOneCommune(TenantOnboarding onboarding) throws Exception {
        int number = (int) (System.currentTimeMillis() % 90_000) + 10_000;
        String slug = "bench-" + number;
        var commune = new NewTenant(slug, "Banc d'essai " + number, "98" + (number % 900 + 100), TenantKind.COMMUNE);
        TenantOnboarding.Result result = Acting.as("admin.territoire", Acting.TERRITORY_ADMIN,
                () -> onboarding.onboard(commune));
        Benchmarks.print("onboarding_ms", result.duration().toMillis());
        Process removal = new ProcessBuilder("infra/tenant", "remove", slug, "--confirm", slug).inheritIO().start();
        if (removal.waitFor() != 0) {
            throw new IllegalStateException("could not remove the benchmark commune " + slug);
        }
    }

    /** The same pool size as the application's, as a role that reads the tenant's table with no SET ROLE. */
    private static HikariDataSource plainPool(String url, int size) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private static void readSettings(Connection connection, String table) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT display_name, primary_color FROM " + table + " WHERE id = 1");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no settings row");
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

}
