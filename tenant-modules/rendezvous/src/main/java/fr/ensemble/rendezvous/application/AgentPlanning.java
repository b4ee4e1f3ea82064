package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeRepository;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning as the current tenant's agents read it: every appointment and block of one desk, or of every desk
 * of a place, over some days, with the names people read (desk, type) instead of ids.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
public class AgentPlanning {

    private final PlaceRepository places;
    private final DeskRepository desks;
    private final AppointmentTypeRepository types;
    private final AppointmentRepository appointments;

    AgentPlanning(PlaceRepository places, DeskRepository desks, AppointmentTypeRepository types,
            AppointmentRepository appointments) {
        this.places = places;
        this.desks = desks;
        this.types = types;
        this.appointments = appointments;
    }

    @Transactional(readOnly = true)
    public List<Place> places() {
        return places.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public List<Desk> desks(long placeId) {
        return desks.findByPlaceIdOrderByName(placeId);
    }

    /**
     * @param deskId one desk of the place, or null for all of them
     * @return the entries from the start of {@code first} to the end of {@code last}, by start then desk
     */
    @Transactional(readOnly = true)
    public List<PlanningEntry> entries(long placeId, Long deskId, LocalDate first, LocalDate last) {
        Map<Long, Desk> deskById = desks.findByPlaceIdOrderByName(placeId).stream()
                .filter(desk -> deskId == null || desk.getId().equals(deskId))
                .collect(Collectors.toMap(Desk::getId, Function.identity()));
        if (deskById.isEmpty()) {
            return List.of();
        }
        Map<Long, String> typeLabels = types.findAll().stream()
                .collect(Collectors.toMap(AppointmentType::getId, AppointmentType::getLabel));
        return appointments.planning(deskById.keySet(), first.atStartOfDay(Agendas.ZONE).toInstant(),
                        last.plusDays(1).atStartOfDay(Agendas.ZONE).toInstant()).stream()
                .map(appointment -> new PlanningEntry(appointment, deskById.get(appointment.getDeskId()).getName(),
                        appointment.isBlock() ? null : typeLabels.get(appointment.getTypeId())))
                .toList();
    }

    /** An appointment or block with its desk's name and its type's label (null for a block). */
    public record PlanningEntry(Appointment appointment, String deskName, String typeLabel) {
    }
}
