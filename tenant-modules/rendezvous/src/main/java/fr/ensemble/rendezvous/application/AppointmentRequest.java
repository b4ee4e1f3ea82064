package fr.ensemble.rendezvous.application;

import java.time.Instant;
import java.util.List;

/** What a resident (or an agent at the phone) fills in to book a slot. */
public record AppointmentRequest(String typeSlug, long deskId, Instant start, int people, String name, String email,
        String phone, List<String> preApplicationNumbers) {

    public AppointmentRequest {
        preApplicationNumbers = preApplicationNumbers == null ? List.of() : List.copyOf(preApplicationNumbers);
    }
}
