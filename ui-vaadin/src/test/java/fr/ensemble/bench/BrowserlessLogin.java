package fr.ensemble.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: follows the application's redirects to Keycloak, posts the login form(s) like a
 * person would (username, then password), and comes back to the application logged in. Keeps its own cookies
 * (Keycloak marks its cookies Secure even on plain http, which Java's cookie manager would then withhold).
 */
final class BrowserlessLogin {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*login-actions[^\"]*)\"");
    private static final int MAX_REDIRECTS = 10;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookiesByHost = new LinkedHashMap<>();

    /** Logs in from {@code start} (a page that requires login); returns the final page of the application. */
    HttpResponse<String> logIn(URI start, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = follow(get(start));
        page = follow(post(formAction(page), Map.of("username", username)));
        if (!page.body().contains("name=\"password\"")) {
            throw new IllegalStateException("Keycloak did not ask for the password of " + username);
        }
        return follow(post(formAction(page), Map.of("username", username, "password", password)));
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    String cookie(String host, String name) {
        return cookiesByHost.getOrDefault(host, Map.of()).get(name);
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int i = 0; i < MAX_REDIRECTS && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(next);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " at " + response.uri());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        URI uri = request.build().uri();
        Map<String, String> cookies = cookiesByHost.getOrDefault(hostOf(uri), Map.of());
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        store(uri, response.headers().allValues("Set-Cookie"));
        return response;
    }

    private void store(URI uri, List<String> setCookies) {
        Map<String, String> cookies = cookiesByHost.computeIfAbsent(hostOf(uri), host -> new LinkedHashMap<>());
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    private static URI formAction(HttpResponse<String> page) {
        Matcher action = LOGIN_FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form at " + page.uri());
        }
        return page.uri().resolve(action.group(1).replace("&amp;", "&"));
    }

    private static String hostOf(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
