package fr.ensemble.rendezvous.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.ensemble.rendezvous.application.AntsMeetingPoints;
import fr.ensemble.rendezvous.application.AntsMeetingPoints.BookedWithNumber;
import fr.ensemble.rendezvous.application.AntsMeetingPoints.MeetingPoint;
import fr.ensemble.rendezvous.application.AntsMeetingPoints.TimeSlot;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The three endpoints the ANTS booking hub calls on an appointment publisher ({@code getManagedMeetingPoints},
 * {@code availableTimeSlots}, {@code searchApplicationIds}), for every commune of the platform. The hub sends its
 * token in {@code X-HUB-RDV-AUTH-TOKEN} and lists as repeated parameters; errors answer in its own format
 * ({@code {"detail": ...}}, 422 with the faulty parameters, 404 for an unknown meeting point).
 */
@RestController
public class AntsHubController {

    static final String TOKEN_HEADER = "X-HUB-RDV-AUTH-TOKEN";
    private static final Pattern APPLICATION_ID = Pattern.compile("^[a-zA-Z0-9]{10}$");
    private static final int MOST_DAYS = 366;
    private static final int MOST_PEOPLE = 5;

    private final AntsMeetingPoints meetingPoints;
    private final byte[] token;

    AntsHubController(AntsMeetingPoints meetingPoints, @Value("${ensemble.rendezvous.ants.hub-token:}") String token) {
        this.meetingPoints = meetingPoints;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping("/api/ants/getManagedMeetingPoints")
    public List<HubMeetingPoint> managedMeetingPoints(HttpServletRequest request) {
        authorise(request);
        return meetingPoints.managed().stream().map(HubMeetingPoint::of).toList();
    }

    @GetMapping("/api/ants/availableTimeSlots")
    public Map<String, List<HubTimeSlot>> availableTimeSlots(HttpServletRequest request) {
        authorise(request);
        List<String> ids = values(request, "meeting_point_ids");
        LocalDate start = date(request, "start_date");
        LocalDate end = date(request, "end_date");
        String reason = request.getParameter("reason");
        if (reason != null && !List.of("CNI", "PASSPORT", "CNI-PASSPORT").contains(reason)) {
            throw invalid("reason", "value is not a valid enumeration member; permitted: 'CNI', 'PASSPORT', 'CNI-PASSPORT'",
                    "type_error.enum");
        }
        int people = people(request.getParameter("documents_number"));
        if (end.isBefore(start)) {
            throw invalid("end_date", "end_date is before start_date", "value_error");
        }
        if (end.isAfter(start.plusDays(MOST_DAYS))) {
            throw invalid("end_date", "the period is longer than " + MOST_DAYS + " days", "value_error");
        }
        List<String> unknown = meetingPoints.unknown(ids);
        if (!unknown.isEmpty()) {
            throw new HubError(HttpStatus.NOT_FOUND, "Unknown Meeting Point ID : " + unknown.getFirst());
        }
        Map<String, List<HubTimeSlot>> slots = new LinkedHashMap<>();
        meetingPoints.slots(ids, start, end, people).forEach((id, found) -> slots.put(id,
                found.stream().map(HubTimeSlot::of).toList()));
        return slots;
    }

    @GetMapping("/api/ants/searchApplicationIds")
    public Map<String, List<HubAppointment>> searchApplicationIds(HttpServletRequest request) {
        authorise(request);
        List<String> ids = values(request, "application_ids");
        for (String id : ids) {
            if (!APPLICATION_ID.matcher(id).matches()) {
                throw invalid("application_ids", "string does not match regex \"" + APPLICATION_ID.pattern() + "\"",
                        "value_error.str.regex");
            }
        }
        Map<String, List<HubAppointment>> found = new LinkedHashMap<>();
        meetingPoints.withNumbers(ids).forEach((id, appointments) -> found.put(id,
                appointments.stream().map(HubAppointment::of).toList()));
        return found;
    }

    @ExceptionHandler(HubError.class)
    ResponseEntity<Map<String, Object>> refused(HubError error) {
        return ResponseEntity.status(error.status).body(Map.of("detail", error.detail));
    }

    private void authorise(HttpServletRequest request) {
        String sent = request.getHeader(TOKEN_HEADER);
        if (sent == null || sent.isBlank()) {
            throw new HubError(HttpStatus.UNAUTHORIZED, TOKEN_HEADER + " header missing");
        }
        if (token.length == 0 || !MessageDigest.isEqual(token, sent.getBytes(StandardCharsets.UTF_8))) {
            throw new HubError(HttpStatus.FORBIDDEN, TOKEN_HEADER + " header invalid");
        }
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            throw invalid(name, "field required", "value_error.missing");
        }
        return Arrays.stream(values).map(String::trim).toList();
    }

    private static LocalDate date(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw invalid(name, "field required", "value_error.missing");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "invalid date format", "value_error.date");
        }
    }

    private static int people(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int people = Integer.parseInt(value.trim());
            if (people >= 1 && people <= MOST_PEOPLE) {
                return people;
            }
        } catch (NumberFormatException e) {
            throw invalid("documents_number", "value is not a valid integer", "type_error.integer");
        }
        throw invalid("documents_number", "ensure this value is between 1 and " + MOST_PEOPLE, "value_error.number");
    }

    /** A validation error as the hub's framework (FastAPI) writes them: 422 and the faulty query parameter. */
    private static HubError invalid(String parameter, String message, String type) {
        return new HubError(HttpStatus.UNPROCESSABLE_CONTENT,
                List.of(Map.of("loc", List.of("query", parameter), "msg", message, "type", type)));
    }

    /** A refusal in the hub's format. */
    static final class HubError extends RuntimeException {

        private final HttpStatus status;
        private final transient Object detail;

        HubError(HttpStatus status, Object detail) {
            super(String.valueOf(detail), null, false, false);
            this.status = status;
            this.detail = detail;
        }
    }

    /** getManagedMeetingPoints: one published place. */
    public record HubMeetingPoint(String id, String name, Double longitude, Double latitude,
            @JsonProperty("public_entry_address") String publicEntryAddress, @JsonProperty("zip_code") String zipCode,
            @JsonProperty("city_name") String cityName, String website) {

        static HubMeetingPoint of(MeetingPoint point) {
            return new HubMeetingPoint(point.id(), point.name(), point.longitude(), point.latitude(),
                    point.publicEntryAddress(), point.zipCode(), point.cityName(), point.website());
        }
    }

    /** availableTimeSlots: one free slot. */
    public record HubTimeSlot(String datetime, @JsonProperty("callback_url") String callbackUrl) {

        static HubTimeSlot of(TimeSlot slot) {
            return new HubTimeSlot(slot.datetime(), slot.callbackUrl());
        }
    }

    /** searchApplicationIds: one appointment made with the number. */
    public record HubAppointment(@JsonProperty("meeting_point") String meetingPoint, String datetime,
            @JsonProperty("management_url") String managementUrl, @JsonProperty("cancel_url") String cancelUrl) {

        static HubAppointment of(BookedWithNumber booked) {
            return new HubAppointment(booked.meetingPoint(), booked.datetime(), booked.managementUrl(), booked.cancelUrl());
        }
    }
}
