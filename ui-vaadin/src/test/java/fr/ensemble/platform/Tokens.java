package fr.ensemble.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the local Keycloak for the demo accounts, through the realm's test-only client
 * {@code ensemble-api-tests} (password grant).
 */
public final class Tokens {

    public static final String DEMO_PASSWORD = "ensemble";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Tokens() {
    }

    public static String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    public static String accessToken(String username, String password) {
        String form = "grant_type=password&client_id=ensemble-api-tests&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tokenEndpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String issuer() {
        String port = System.getenv().getOrDefault("ENSEMBLE_KC_PORT", "8180");
        return "http://127.0.0.1:" + port + "/realms/est-ensemble";
    }

    private static URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }
}
