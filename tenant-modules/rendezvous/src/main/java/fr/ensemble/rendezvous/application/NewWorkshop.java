package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import java.time.Instant;

/** What an agent fills in to open a workshop; checked by {@link Workshops#create}. */
public record NewWorkshop(String title, AppointmentTypeKind kind, Long placeId, Instant start, Instant end,
        Integer capacity, String description) {
}
