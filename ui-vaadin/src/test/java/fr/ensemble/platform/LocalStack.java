package fr.ensemble.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The local stack's services and the project's own commands, addressed like in {@code infra/lib/common.sh}. */
public final class LocalStack {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LocalStack() {
    }

    public static String mailApi() {
        return "http://127.0.0.1:" + port("ENSEMBLE_MAIL_UI_PORT", 8025) + "/api";
    }

    /** The mails the local SMTP server received for that address, waiting up to 10 s for at least one. */
    public static JsonNode awaitMail(String recipient) throws IOException, InterruptedException {
        URI inbox = URI.create(mailApi() + "/user/" + recipient + "/messages/");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(inbox).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode messages = response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createArrayNode();
            if (!messages.isEmpty() || Instant.now().isAfter(deadline)) {
                return messages;
            }
            Thread.sleep(200);
        }
    }

    /**
     * The first mail to that address whose subject contains the text, waiting up to 20 s for it.
     *
     * @throws AssertionError when none comes
     */
    public static ReceivedMail awaitMailAbout(String recipient, String subjectText) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode mail : awaitMail(recipient)) {
                if (mail.path("subject").asString().contains(subjectText)) {
                    var message = new MimeMessage(Session.getInstance(new Properties()),
                            new ByteArrayInputStream(mail.path("mimeMessage").asString().getBytes(StandardCharsets.UTF_8)));
                    return new ReceivedMail(message.getSubject(), plainText(message));
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + recipient + " about " + subjectText);
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** A mail as its reader sees it (MIME decoded). */
    public record ReceivedMail(String subject, String text) {
    }

    /** A connection as the PostgreSQL superuser, for what the application itself may not do. */
    public static Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port("ENSEMBLE_PG_PORT", 55432) + "/" + database, "postgres", "");
    }

    /** Runs one of the project's documented commands (e.g. {@code infra/tenant}) and returns its output. */
    public static String command(String... arguments) throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>(List.of(arguments));
        commandLine.set(0, projectRoot().resolve(arguments[0]).toString());
        Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", commandLine).isTrue();
        assertThat(process.exitValue()).as("exit code of %s, output:%n%s", commandLine, output).isZero();
        return output;
    }

    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("ensemble")) ? here : here.getParent();
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
