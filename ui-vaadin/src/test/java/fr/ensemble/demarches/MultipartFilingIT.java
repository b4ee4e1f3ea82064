package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing with files through the API ({@code multipart/form-data}): a real PDF kept with the request, once
 * whatever the retries; a text file renamed .pdf, a file too large and a file for no field refused in French
 * per field, with the answers' own mistakes, and nothing written (no request, no file).
 */
@IntegrationTest
class MultipartFilingIT {

    /** A minimal but complete PDF document (one empty page), as a PDF reader opens it. */
    private static final String PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    TenantRegistry registry;

    @Value("${ensemble.files.dir:.data/files}")
    Path filesDir;

    @Test
    void aRealPdfIsKeptWithTheRequestOnceWhateverTheRetries() throws Exception {
        String token = Tokens.accessToken("alice");
        String key = UUID.randomUUID().toString();
        Map<String, byte[]> files = Map.of("avis", PDF.getBytes(StandardCharsets.US_ASCII));
        long filesBefore = filesOfPantin();

        HttpResponse<String> first = file(token, key, "{\"parts\": 2, \"revenu\": 21000, \"email\": \"alice@example.org\"}", files);
        HttpResponse<String> again = file(token, key, "{\"parts\": 2, \"revenu\": 21000, \"email\": \"alice@example.org\"}", files);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String tracking = json.readTree(first.body()).path("trackingNumber").asString();
        assertThat(json.readTree(again.body()).path("trackingNumber").asString()).isEqualTo(tracking);
        JsonNode avis = json.readTree(text("SELECT answers->>'avis' FROM t_pantin.request WHERE tracking_number = ?", tracking));
        assertThat(avis.path("name").asString()).isEqualTo("avis-imposition.pdf");
        assertThat(avis.path("contentType").asString()).isEqualTo("application/pdf");
        Path stored = filesDir.resolve(registry.require("pantin").schema()).resolve(avis.path("storageKey").asString());
        assertThat(Files.readAllBytes(stored)).isEqualTo(PDF.getBytes(StandardCharsets.US_ASCII));
        assertThat(filesOfPantin()).as("the retry kept no second file").isEqualTo(filesBefore + 1);
    }

    @Test
    void aRenamedTextFileAndOtherMistakesAreRefusedPerFieldAndNothingIsWritten() throws Exception {
        long requestsBefore = count("SELECT count(*) FROM t_pantin.request");
        long filesBefore = filesOfPantin();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("avis", "Ceci est un texte, pas un PDF.".getBytes(StandardCharsets.UTF_8));
        files.put("photo", PDF.getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> response = file(Tokens.accessToken("alice"), null,
                "{\"parts\": 0, \"revenu\": 21000, \"email\": \"alice@example.org\"}", files);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("title").asString()).isEqualTo("Demande invalide");
        Map<String, String> errors = new LinkedHashMap<>();
        problem.path("errors").valueStream().forEach(error -> errors.put(error.path("field").asString(),
                error.path("message").asString()));
        assertThat(errors.get("avis")).isEqualTo("Le fichier « avis-imposition.pdf » n'est ni un PDF, ni une image JPEG ou PNG.");
        assertThat(errors.get("photo")).contains("pas de champ de fichier « photo »");
        assertThat(errors).containsKey("parts");
        assertThat(count("SELECT count(*) FROM t_pantin.request")).isEqualTo(requestsBefore);
        assertThat(filesOfPantin()).isEqualTo(filesBefore);
    }

    @Test
    void aFileOverItsFieldsLimitIsRefusedInFrench() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF.getBytes(StandardCharsets.US_ASCII), 0, big, 0, 10);
        long filesBefore = filesOfPantin();

        HttpResponse<String> response = file(Tokens.accessToken("alice"), null,
                "{\"parts\": 2, \"revenu\": 21000, \"email\": \"alice@example.org\"}", Map.of("avis", big));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("errors").get(0).path("message").asString())
                .isEqualTo("Le fichier dépasse 10 Mo.");
        assertThat(filesOfPantin()).isEqualTo(filesBefore);
        assertThat(file(null, null, "{}", Map.of()).statusCode()).as("no token").isEqualTo(401);
    }

    private HttpResponse<String> file(String token, String idempotencyKey, String answers, Map<String, byte[]> files)
            throws Exception {
        String boundary = "ensemble-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"answers\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + answers + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                    + "\"; filename=\"avis-imposition.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/pantin/demarches/quotient-familial/demandes"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long filesOfPantin() throws Exception {
        Path folder = filesDir.resolve(registry.require("pantin").schema());
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var result = superuser.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
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
