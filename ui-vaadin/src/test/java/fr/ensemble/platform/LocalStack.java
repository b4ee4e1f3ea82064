package fr.ensemble.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The local stack's services and the project's own commands, addressed like in {@code infra/lib/common.sh}. */
public final class LocalStack {

    private LocalStack() {
    }

    public static String mailApi() {
        return "http://127.0.0.1:" + port("ENSEMBLE_MAIL_UI_PORT", 8025) + "/api";
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
