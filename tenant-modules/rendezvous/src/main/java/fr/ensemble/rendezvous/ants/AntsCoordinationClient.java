package fr.ensemble.rendezvous.ants;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The anti-duplicate API over HTTP, as its public contract has it: parameters in the query string (lists as
 * repeated names), the publisher's token in the {@code x-rdv-opt-auth-token} header, JSON answers
 * ({@code GET /status}, {@code POST /appointments} answering {@code {"success": true}}, {@code DELETE
 * /appointments} answering {@code {"rowcount": n}}).
 */
@Component
public class AntsCoordinationClient implements AntsCoordination {

    static final String TOKEN_HEADER = "x-rdv-opt-auth-token";

    private final String baseUrl;
    private final String token;
    private final Duration timeout;
    private final JsonMapper json;
    private final HttpClient http;

    public AntsCoordinationClient(@Value("${ensemble.rendezvous.ants.coordination-url:}") String baseUrl,
            @Value("${ensemble.rendezvous.ants.coordination-token:}") String token,
            @Value("${ensemble.rendezvous.ants.coordination-timeout:3s}") Duration timeout, JsonMapper json) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public boolean enabled() {
        return !baseUrl.isBlank();
    }

    @Override
    public Map<String, ApplicationStatus> status(Collection<String> applicationIds) {
        List<String[]> query = applicationIds.stream().map(id -> new String[] {"application_ids", id}).toList();
        JsonNode body = send("GET", "/status", query);
        Map<String, ApplicationStatus> statuses = new LinkedHashMap<>();
        body.properties().forEach(entry -> statuses.put(entry.getKey(), statusOf(entry.getKey(), entry.getValue())));
        return statuses;
    }

    @Override
    public void declare(DeclaredAppointment appointment) {
        List<String[]> query = new ArrayList<>(identifying(appointment));
        query.add(new String[] {"management_url", appointment.managementUrl()});
        JsonNode body = send("POST", "/appointments", query);
        if (!body.path("success").asBoolean(false)) {
            throw new AntsUnavailableException("the API did not accept the appointment: " + body);
        }
    }

    /** Deleting what is not there (any more) is fine: the API answers a row count of 0. */
    @Override
    public void delete(DeclaredAppointment appointment) {
        send("DELETE", "/appointments", identifying(appointment));
    }

    private static List<String[]> identifying(DeclaredAppointment appointment) {
        return List.of(new String[] {"application_id", appointment.applicationId()},
                new String[] {"meeting_point", appointment.meetingPoint()},
                new String[] {"meeting_point_id", appointment.meetingPointId()},
                new String[] {"appointment_date", appointment.appointmentDate()});
    }

    private ApplicationStatus statusOf(String applicationId, JsonNode node) {
        List<DeclaredAppointment> appointments = new ArrayList<>();
        for (JsonNode appointment : node.path("appointments")) {
            appointments.add(new DeclaredAppointment(applicationId, appointment.path("meeting_point").asString(""),
                    appointment.path("meeting_point_id").asString(""), appointment.path("appointment_date").asString(""),
                    appointment.path("management_url").asString("")));
        }
        return new ApplicationStatus(node.path("status").asString(""), appointments);
    }

    private JsonNode send(String method, String path, List<String[]> query) {
        if (!enabled()) {
            throw new AntsUnavailableException("no ANTS coordination URL is configured");
        }
        String queryString = query.stream().map(pair -> encode(pair[0]) + "=" + encode(pair[1]))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path + "?" + queryString)).timeout(timeout)
                .header("Accept", "application/json").header(TOKEN_HEADER, token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AntsUnavailableException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AntsUnavailableException(method + " " + path + " interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new AntsUnavailableException(method + " " + path + ": code " + response.statusCode() + ", body " + response.body());
        }
        try {
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (JacksonException e) {
            throw new AntsUnavailableException(method + " " + path + ": not JSON: " + response.body(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
