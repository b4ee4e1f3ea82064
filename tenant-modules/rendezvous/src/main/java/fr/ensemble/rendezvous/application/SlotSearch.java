package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeRepository;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import fr.ensemble.rendezvous.domain.Slot;
import fr.ensemble.rendezvous.domain.SlotFinder;
import fr.ensemble.rendezvous.domain.TimeSpan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free slots of the current tenant for an appointment type and a number of people, across its places and
 * desks, the soonest first; one per place and start (which desk takes it does not matter to the resident).
 */
@Service
public class SlotSearch {

    private static final int FIRST_DAYS_READ = 7;

    private final AppointmentTypeRepository types;
    private final DeskRepository desks;
    private final PlaceRepository places;
    private final Agendas agendas;
    private final Clock clock;

    SlotSearch(AppointmentTypeRepository types, DeskRepository desks, PlaceRepository places, Agendas agendas, Clock clock) {
        this.types = types;
        this.desks = desks;
        this.places = places;
        this.agendas = agendas;
        this.clock = clock;
    }

    /** The bookable types, for the first step of booking. */
    @Transactional(readOnly = true)
    public List<AppointmentType> types() {
        return types.findByActiveTrueOrderByLabel();
    }

    /**
     * @param first the first day to search (today at the earliest)
     * @param last the last day (the end of the type's booking window at the latest)
     * @param placeIds the places to search, or null for all of them
     */
    @Transactional(readOnly = true)
    public List<OfferedSlot> search(String typeSlug, int people, LocalDate first, LocalDate last,
            Collection<Long> placeIds, int limit) {
        AppointmentType type = activeType(typeSlug);
        Duration length = type.durations().forPeople(people);
        Instant now = clock.instant();
        TimeSpan bookable = type.window().at(now);
        LocalDate from = max(first, now.atZone(Agendas.ZONE).toLocalDate());
        LocalDate to = min(last, bookable.end().atZone(Agendas.ZONE).toLocalDate());
        List<Desk> serving = desks.serving(type.getId()).stream()
                .filter(desk -> placeIds == null || placeIds.contains(desk.getPlaceId())).toList();
        if (from.isAfter(to) || serving.isEmpty()) {
            return List.of();
        }
        Map<Long, Place> placesById = places.findAllById(serving.stream().map(Desk::getPlaceId).distinct().toList())
                .stream().collect(Collectors.toMap(Place::getId, Function.identity()));
        // The soonest slots lie in the first days: read a week, then twice as many days each time until enough are
        // found, rather than every slot of the booking window (the same answer, in a fraction of the work).
        for (int days = FIRST_DAYS_READ; ; days *= 2) {
            LocalDate until = min(from.plusDays(days - 1L), to);
            boolean partial = until.isBefore(to);
            // One more day is read so that a slot running past midnight sees what is booked after it; only the
            // slots starting by the end of `until` are kept, as the next day's are not all known yet.
            Instant cutoff = partial ? until.plusDays(1).atStartOfDay(Agendas.ZONE).toInstant() : Instant.MAX;
            List<OfferedSlot> found = offered(serving, placesById, from, partial ? until.plusDays(1) : until, length,
                    type.durations().step(), bookable, cutoff, limit);
            if (found.size() >= limit || !partial) {
                return found;
            }
        }
    }

    private List<OfferedSlot> offered(List<Desk> serving, Map<Long, Place> placesById, LocalDate from, LocalDate last,
            Duration length, Duration step, TimeSpan bookable, Instant cutoff, int limit) {
        var agendaByDesk = agendas.of(serving, from, last);
        List<OfferedSlot> found = new ArrayList<>();
        for (Desk desk : serving) {
            var agenda = agendaByDesk.get(desk.getId());
            Place place = placesById.get(desk.getPlaceId());
            for (Slot slot : SlotFinder.free(desk.getId(), agenda.open(), agenda.busy(), length, step, bookable)) {
                found.add(new OfferedSlot(place.getId(), place.getName(), desk.getId(), desk.getName(), slot.start(), slot.end()));
            }
        }
        found.sort(java.util.Comparator.comparing(OfferedSlot::start).thenComparing(OfferedSlot::placeName)
                .thenComparing(OfferedSlot::deskName));
        Set<String> seen = new HashSet<>();
        return found.stream().filter(slot -> slot.start().isBefore(cutoff))
                .filter(slot -> seen.add(slot.placeId() + "@" + slot.start())).limit(limit).toList();
    }

    /** The soonest free slots from today on. */
    @Transactional(readOnly = true)
    public List<OfferedSlot> soonest(String typeSlug, int people, int limit) {
        LocalDate today = clock.instant().atZone(Agendas.ZONE).toLocalDate();
        return search(typeSlug, people, today, today.plusYears(1), null, limit);
    }

    AppointmentType typeOf(Appointment appointment) {
        return types.findById(appointment.getTypeId()).orElseThrow();
    }

    AppointmentType activeType(String slug) {
        return types.findBySlug(slug).filter(AppointmentType::isActive)
                .orElseThrow(() -> new AppointmentRefusedException("Ce type de rendez-vous n'existe pas ou n'est plus proposé."));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
