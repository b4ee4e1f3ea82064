package fr.ensemble.rendezvous.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import fr.ensemble.rendezvous.domain.TimeSpan;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's workshops: opened by its agents, listed for everyone. */
@Service
public class Workshops {

    static final int MOST_SEATS = 500;
    private static final int LONGEST_DESCRIPTION = 4000;

    private final WorkshopRepository workshops;
    private final PlaceRepository places;
    private final Clock clock;

    Workshops(WorkshopRepository workshops, PlaceRepository places, Clock clock) {
        this.workshops = workshops;
        this.places = places;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
    public Workshop create(NewWorkshop wanted) {
        String title = wanted.title() == null ? "" : wanted.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new AppointmentRefusedException("Donnez un titre à l'atelier (200 caractères au plus).");
        }
        if (wanted.kind() == null) {
            throw new AppointmentRefusedException("Choisissez le type d'atelier.");
        }
        if (wanted.placeId() == null || places.findById(wanted.placeId()).isEmpty()) {
            throw new AppointmentRefusedException("Choisissez un lieu de la commune.");
        }
        Instant now = clock.instant();
        if (wanted.start() == null || wanted.end() == null || !wanted.start().isAfter(now)) {
            throw new AppointmentRefusedException("Indiquez un début à venir et une fin.");
        }
        if (!wanted.end().isAfter(wanted.start())) {
            throw new AppointmentRefusedException("La fin de l'atelier doit suivre son début.");
        }
        if (wanted.capacity() == null || wanted.capacity() < 1 || wanted.capacity() > MOST_SEATS) {
            throw new AppointmentRefusedException("Le nombre de places va de 1 à " + MOST_SEATS + ".");
        }
        String description = wanted.description() == null || wanted.description().isBlank() ? null : wanted.description().strip();
        if (description != null && description.length() > LONGEST_DESCRIPTION) {
            throw new AppointmentRefusedException("La description tient en " + LONGEST_DESCRIPTION + " caractères au plus.");
        }
        return workshops.saveAndFlush(new Workshop(title, wanted.kind(), wanted.placeId(),
                new TimeSpan(wanted.start(), wanted.end()), wanted.capacity(), description,
                CommuneAccess.usernameOf(SecurityContextHolder.getContext().getAuthentication()), now));
    }

    /** The workshops still to come, the soonest first, with their place. */
    @Transactional(readOnly = true)
    public List<ListedWorkshop> upcoming() {
        return listed(workshops.upcoming(clock.instant()));
    }

    List<ListedWorkshop> listed(List<Workshop> found) {
        Map<Long, Place> placesById = places.findAllById(found.stream().map(Workshop::getPlaceId).distinct().toList())
                .stream().collect(Collectors.toMap(Place::getId, Function.identity()));
        return found.stream().map(workshop -> new ListedWorkshop(workshop, placesById.get(workshop.getPlaceId()))).toList();
    }

    /** A workshop with its place. */
    public record ListedWorkshop(Workshop workshop, Place place) {
    }
}
