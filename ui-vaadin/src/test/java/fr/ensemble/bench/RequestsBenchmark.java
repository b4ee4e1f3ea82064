package fr.ensemble.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.ensemble.core.tenancy.NewTenant;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantOnboarding;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.Instruction;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.workflow.Workflow;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.Tokens;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Requests filed per second through the API (a resident's bearer token, a 3-field form with a 200 KB PDF, as
 * multipart, 8 threads) next to the rows such a filing writes (request, first step, counters, receipt in the mail
 * outbox, event in the search outbox) inserted over plain JDBC at the same concurrency, in alternating rounds;
 * then the agents' inbox with 100,000 requests in the commune. Everything happens in a commune onboarded for the
 * run and removed at its end.
 */
class RequestsBenchmark implements Benchmarks.Benchmark {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;
    private static final Duration ROUND = Duration.ofSeconds(6);
    private static final int ATTACHMENT_BYTES = 200 * 1024;
    private static final int INBOX_REQUESTS = 100_000;
    private static final int INBOX_RUNS = 60;
    private static final int INBOX_PAGE = 200;
    private static final String PROCEDURE = "banc-essai";
    private static final String FORM = """
            {"pages": [{"title": "Demande", "sections": [{"title": null, "fields": [
              {"id": "objet", "type": "TEXT", "label": "Objet", "required": true},
              {"id": "message", "type": "LONG_TEXT", "label": "Message", "required": true},
              {"id": "email", "type": "EMAIL", "label": "E-mail", "required": true},
              {"id": "piece", "type": "FILE", "label": "Pièce jointe", "required": true}]}]}]}""";
    private static final String ANSWERS = """
            {"objet": "Lampadaire en panne", "message": "Le lampadaire devant le 12 est éteint depuis lundi.",
             "email": "alice@example.org"}""";

    @Override
    public void run(ConfigurableApplicationContext application) throws Exception {
        int number = (int) (System.currentTimeMillis() % 90_000) + 10_000;
        String slug = "bench-" + number;
        Acting.as("admin.territoire", Acting.TERRITORY_ADMIN, () -> application.getBean(TenantOnboarding.class)
                .onboard(new NewTenant(slug, "Banc d'essai " + number, "97" + (number % 900 + 100), TenantKind.COMMUNE)));
        Tenant tenant = application.getBean(TenantRegistry.class).require(slug);
        // The inbox checks, as for any agent, that the caller belongs to the commune's organization.
        for (int wait = 0; wait < 50 && !KeycloakRealm.hasOrganization(slug); wait++) {
            Thread.sleep(200);
        }
        String organization = KeycloakRealm.organization(slug).getId();
        KeycloakRealm.realm().organizations().get(organization).members()
                .addMember(KeycloakRealm.user("agent.pantin").getId()).close();
        var properties = application.getBean(DataSourceProperties.class);
        try (HikariDataSource plain = plainPool(properties.getUrl())) {
            long procedure = addProcedure(plain, tenant);
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            filing(port, slug, plain, tenant, procedure);
            inbox(application, plain, tenant, procedure);
        } finally {
            Process removal = new ProcessBuilder("infra/tenant", "remove", slug, "--confirm", slug).inheritIO().start();
            if (removal.waitFor() != 0) {
                System.err.println("could not remove the benchmark commune " + slug);
            }
            application.getBean(TenantRegistry.class).reload(); // the outboxes' jobs stop visiting it
            String files = application.getEnvironment().getProperty("ensemble.files.dir", ".data/files");
            FileSystemUtils.deleteRecursively(Path.of(files).resolve(tenant.schema()));
            KeycloakRealm.realm().organizations().get(organization).delete().close();
        }
    }

    private static void filing(int port, String slug, HikariDataSource plain, Tenant tenant, long procedure) throws Exception {
        byte[] attachment = pdfOf(ATTACHMENT_BYTES);
        String boundary = "banc-essai-" + UUID.randomUUID();
        byte[] body = multipart(boundary, attachment);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/" + slug + "/demarches/" + PROCEDURE + "/demandes");
        String[] token = {Tokens.accessToken("alice")};
        Throughput.Operation throughApi = () -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token[0])
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("filing answered " + response.statusCode() + ": " + response.body());
            }
        };
        String answers = ANSWERS.replace("}", ", \"piece\": {\"name\": \"piece.pdf\", \"contentType\": \"application/pdf\", "
                + "\"size\": " + ATTACHMENT_BYTES + ", \"storageKey\": \"" + UUID.randomUUID() + "\"}}");
        AtomicLong raw = new AtomicLong();
        Throughput.Operation overJdbc = () -> insertAsFiled(plain, tenant, procedure, answers, raw.incrementAndGet());

        Throughput.perSecond(THREADS, Duration.ofSeconds(2), throughApi);
        Throughput.perSecond(THREADS, Duration.ofSeconds(2), overJdbc);
        List<Double> api = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long apiCpuNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
            token[0] = Tokens.accessToken("alice");
            long cpu = process.getProcessCpuTime();
            api.add(Throughput.perSecond(THREADS, ROUND, throughApi));
            apiCpuNanos += process.getProcessCpuTime() - cpu;
            jdbc.add(Throughput.perSecond(THREADS, ROUND, overJdbc));
        }
        Benchmarks.print("threads", THREADS);
        Benchmarks.print("attachment_kb", ATTACHMENT_BYTES / 1024);
        Benchmarks.print("requests_per_s", median(api));
        Benchmarks.print("raw_postgres_inserts_per_s", median(jdbc));
        Benchmarks.print("ratio_vs_postgres", median(api) / median(jdbc));
        // The whole process's CPU (application, its background jobs, and this client) per request filed: a figure
        // that does not depend on how busy the machine's other processes keep its cores.
        double filed = api.stream().mapToDouble(perSecond -> perSecond * ROUND.toSeconds()).sum();
        Benchmarks.print("app_cpu_ms_per_request", apiCpuNanos / 1e6 / filed);
    }

    /** What filing one request writes, in one transaction, without the application. */
    private static void insertAsFiled(HikariDataSource plain, Tenant tenant, long procedure, String answers, long n)
            throws Exception {
        String schema = tenant.schema();
        try (Connection connection = plain.getConnection()) {
            connection.setAutoCommit(false);
            int year;
            try (PreparedStatement counter = connection.prepareStatement("SELECT " + schema + ".next_tracking_value(3000)");
                    ResultSet rows = counter.executeQuery()) {
                rows.next();
                year = rows.getInt(1);
            }
            long id;
            try (PreparedStatement request = connection.prepareStatement("INSERT INTO " + schema + ".request (tracking_number, "
                    + "procedure_id, form_number, resident_subject, contact_email, status, resident_status, answers, "
                    + "idempotency_key, submitted_at, updated_at) VALUES (?, ?, 1, 'raw', 'alice@example.org', 'RECUE', 'Reçue', "
                    + "?::jsonb, ?, now(), now()) "
                    + "RETURNING id")) {
                request.setString(1, "RAW-3000-" + year);
                request.setLong(2, procedure);
                request.setString(3, answers);
                request.setString(4, "raw:" + n + ":" + UUID.randomUUID());
                try (ResultSet rows = request.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            try (PreparedStatement step = connection.prepareStatement("INSERT INTO " + schema + ".request_event (request_id, "
                    + "occurred_at, actor, action, status, visible_to_resident) VALUES (?, now(), 'usager', 'FILED', 'RECUE', true)")) {
                step.setLong(1, id);
                step.executeUpdate();
            }
            try (PreparedStatement count = connection.prepareStatement("UPDATE " + schema + ".procedure SET requests_filed = "
                    + "requests_filed + 1 WHERE id = ?")) {
                count.setLong(1, procedure);
                count.executeUpdate();
            }
            try (PreparedStatement mail = connection.prepareStatement("INSERT INTO " + schema + ".outgoing_mail (recipient, "
                    + "subject, body, sent_at) VALUES ('alice@example.org', 'Votre demande est bien reçue', ?, now())")) {
                mail.setString(1, "Bonjour, votre demande RAW-3000-" + year + " est bien reçue.");
                mail.executeUpdate();
            }
            try (PreparedStatement search = connection.prepareStatement("INSERT INTO " + schema + ".search_outbox "
                    + "(document_type, document_id, next_attempt_at) VALUES ('requests', ?, 'infinity')")) {
                search.setString(1, Long.toString(id));
                search.executeUpdate();
            }
            connection.commit();
        }
    }

    private static void inbox(ConfigurableApplicationContext application, HikariDataSource plain, Tenant tenant,
            long procedure) throws Exception {
        String schema = tenant.schema();
        try (Connection connection = plain.getConnection(); var sql = connection.createStatement()) {
            sql.execute("INSERT INTO " + schema + ".request (tracking_number, procedure_id, form_number, contact_email, "
                    + "status, resident_status, answers, submitted_at, updated_at) SELECT 'INBOX-' || g, CASE WHEN g % 5 = 0 THEN " + procedure
                    + " ELSE (SELECT min(id) FROM " + schema + ".procedure WHERE slug = 'contacter-elus') END, 1, "
                    + "'resident' || g || '@example.org', (ARRAY['RECUE','EN_COURS','EN_ATTENTE','ACCEPTEE','REFUSEE','CLOSE'])"
                    + "[1 + g % 6], 'Reçue', '{\"objet\": \"Demande de banc d''essai\"}', now() - g * interval '5 minutes', "
                    + "now() - g * interval '5 minutes' FROM generate_series(1, " + INBOX_REQUESTS + ") g");
            sql.execute("ANALYZE " + schema + ".request");
        }
        Instruction instruction = application.getBean(Instruction.class);
        RequestRepository requests = application.getBean(RequestRepository.class);
        ProcedureRepository procedures = application.getBean(ProcedureRepository.class);
        TransactionTemplate reading = new TransactionTemplate(application.getBean(PlatformTransactionManager.class));
        reading.setReadOnly(true);
        Procedure bench = TenantContext.call(tenant.slug(), () -> procedures.findById(procedure).orElseThrow());
        List<String> statuses = new ArrayList<>(Workflow.DEFAULT.statuses().stream().map(Workflow.Status::code).toList());
        statuses.add(null);
        List<String> agent = List.of(tenant.slug() + ":agent", tenant.slug() + ":instructeur");
        Random random = new Random(42);
        List<Long> query = new ArrayList<>();
        List<Long> service = new ArrayList<>();
        Acting.as("agent.pantin", agent, () -> TenantContext.run(tenant.slug(), () -> {
            for (int run = 0; run < INBOX_RUNS * 2; run++) {
                String status = statuses.get(random.nextInt(statuses.size()));
                Procedure filter = random.nextBoolean() ? bench : null;
                long start = System.nanoTime();
                reading.executeWithoutResult(transaction -> {
                    procedures.findAll();
                    requests.inbox(status, filter == null ? null : filter.getId(), null, null, false,
                            Instant.now().plusSeconds(86_400), PageRequest.of(0, INBOX_PAGE));
                });
                long queried = System.nanoTime();
                instruction.inbox(new Instruction.InboxFilter(status, filter == null ? null : filter.getId(), null,
                        Instruction.Assignment.ANYONE, 0), INBOX_PAGE);
                if (run >= INBOX_RUNS) { // the first half warms the caches and the plans
                    query.add(queried - start);
                    service.add(System.nanoTime() - queried);
                }
            }
        }));
        Benchmarks.print("inbox_requests", INBOX_REQUESTS);
        Benchmarks.print("inbox_page", INBOX_PAGE);
        Benchmarks.print("inbox_p50_ms", percentileMs(query, 50));
        Benchmarks.print("inbox_p95_ms", percentileMs(query, 95));
        Benchmarks.print("inbox_with_access_check_p95_ms", percentileMs(service, 95));
    }

    private static double percentileMs(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1) / 1e6;
    }

    private static long addProcedure(HikariDataSource plain, Tenant tenant) throws Exception {
        String schema = tenant.schema();
        try (Connection connection = plain.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + schema + ".procedure (slug, title, category, summary, channel, published) VALUES (?, "
                        + "'Banc d''essai', 'SERVICES', 'Démarche du banc d''essai', 'ONLINE', true) RETURNING id")) {
            insert.setString(1, PROCEDURE);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                long id = rows.getLong(1);
                try (PreparedStatement form = connection.prepareStatement("INSERT INTO " + schema + ".procedure_form "
                        + "(procedure_id, number, definition, published_at) VALUES (?, 1, ?::jsonb, now())")) {
                    form.setLong(1, id);
                    form.setString(2, FORM);
                    form.executeUpdate();
                }
                return id;
            }
        }
    }

    /** A PDF header followed by random bytes: checked as a PDF by its first bytes, as the application does. */
    private static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        new Random(7).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static byte[] multipart(String boundary, byte[] attachment) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"answers\"\r\nContent-Type: application/json"
                + "\r\n\r\n" + ANSWERS + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"piece\"; "
                + "filename=\"piece.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(attachment);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static HikariDataSource plainPool(String url) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(THREADS);
        return new HikariDataSource(config);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
