package fr.ensemble.rendezvous;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the ANTS anti-duplicate API ("api-coordination"), speaking its JSON over HTTP: {@code GET
 * /api/status?application_ids=...} answers {@code {"<id>": {"status": "validated", "appointments": [...]}}},
 * {@code POST /api/appointments} with the appointment's fields in the query answers {@code {"success": true}},
 * {@code DELETE /api/appointments} answers {@code {"rowcount": n}}; a missing or wrong {@code x-rdv-opt-auth-token}
 * is a 401 {@code {"detail": "X-RDV-OPT-AUTH-TOKEN header invalid"}}, a missing field a 422. It keeps every call
 * it received, and can play an outage (503).
 */
final class AntsCoordinationStandIn implements AutoCloseable {

    static final List<String> APPOINTMENT_FIELDS = List.of("application_id", "meeting_point", "meeting_point_id",
            "appointment_date", "management_url");

    private final HttpServer server;
    private final String token;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> statuses = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, String>>> appointments = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();

    private AntsCoordinationStandIn(int port, String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/api/status", this::status);
        server.createContext("/api/appointments", this::appointments);
        server.start();
    }

    static AntsCoordinationStandIn start(int port, String token) throws IOException {
        return new AntsCoordinationStandIn(port, token);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Map<String, String>> appointmentsOf(String applicationId) {
        return List.copyOf(appointments.getOrDefault(applicationId, List.of()));
    }

    /** An appointment another publisher declared. */
    void declaredElsewhere(String applicationId, Map<String, String> appointment) {
        appointments.computeIfAbsent(applicationId, id -> new CopyOnWriteArrayList<>()).add(appointment);
    }

    void status(String applicationId, String status) {
        statuses.put(applicationId, status);
    }

    void down(boolean isDown) {
        down.set(isDown);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void status(HttpExchange exchange) throws IOException {
        Call call = record(exchange);
        if (refused(exchange, call, "GET")) {
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        for (String id : call.all("application_ids")) {
            answer.put(id, Map.of("status", statuses.getOrDefault(id, "validated"), "appointments", appointmentsOf(id)));
        }
        answer(exchange, 200, answer);
    }

    private void appointments(HttpExchange exchange) throws IOException {
        Call call = record(exchange);
        String method = exchange.getRequestMethod();
        if (refused(exchange, call, method.equals("DELETE") ? "DELETE" : "POST")) {
            return;
        }
        List<String> required = method.equals("POST") ? APPOINTMENT_FIELDS : APPOINTMENT_FIELDS.subList(0, 4);
        for (String field : required) {
            if (call.first(field) == null) {
                answer(exchange, 422, Map.of("detail", List.of(Map.of("loc", List.of("query", field), "msg", "field required",
                        "type", "value_error.missing"))));
                return;
            }
        }
        String id = call.first("application_id");
        if (method.equals("POST")) {
            Map<String, String> appointment = new LinkedHashMap<>();
            APPOINTMENT_FIELDS.subList(1, 5).forEach(field -> appointment.put(field, call.first(field)));
            appointments.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add(appointment);
            answer(exchange, 200, Map.of("success", true));
        } else {
            List<Map<String, String>> kept = appointments.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>());
            int before = kept.size();
            kept.removeIf(appointment -> appointment.get("meeting_point_id").equals(call.first("meeting_point_id"))
                    && appointment.get("appointment_date").equals(call.first("appointment_date")));
            answer(exchange, 200, Map.of("rowcount", before - kept.size()));
        }
    }

    private boolean refused(HttpExchange exchange, Call call, String method) throws IOException {
        if (down.get()) {
            answer(exchange, 503, Map.of("detail", "Service unavailable"));
            return true;
        }
        if (!token.equals(call.token())) {
            answer(exchange, 401, Map.of("detail", "X-RDV-OPT-AUTH-TOKEN header invalid"));
            return true;
        }
        if (!exchange.getRequestMethod().equals(method)) {
            answer(exchange, 405, Map.of("detail", "Method Not Allowed"));
            return true;
        }
        return false;
    }

    private Call record(HttpExchange exchange) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), key -> new ArrayList<>())
                        .add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query,
                exchange.getRequestHeaders().getFirst("x-rdv-opt-auth-token"));
        calls.add(call);
        return call;
    }

    private void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A request the stand-in received. */
    record Call(String method, String path, Map<String, List<String>> query, String token) {

        String first(String name) {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        List<String> all(String name) {
            return query.getOrDefault(name, List.of());
        }
    }
}
