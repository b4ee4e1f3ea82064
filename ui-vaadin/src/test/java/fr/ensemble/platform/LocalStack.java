package fr.ensemble.platform;

/** Addresses of the local stack's services, overridable like in {@code infra/lib/common.sh}. */
public final class LocalStack {

    private LocalStack() {
    }

    public static String mailApi() {
        return "http://127.0.0.1:" + port("ENSEMBLE_MAIL_UI_PORT", 8025) + "/api";
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
