package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's planning, for its agents only: appointments and blocks of some desks over some days. */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
public class AgentAgenda {

    private final DeskRepository desks;
    private final AppointmentRepository appointments;

    AgentAgenda(DeskRepository desks, AppointmentRepository appointments) {
        this.desks = desks;
        this.appointments = appointments;
    }

    /** Every appointment and block of the place's desks (all places when null) from {@code first} to {@code last}. */
    @Transactional(readOnly = true)
    public List<Appointment> planning(Long placeId, LocalDate first, LocalDate last) {
        List<Long> deskIds = desks.findAll().stream().filter(desk -> placeId == null || desk.getPlaceId() == placeId)
                .map(Desk::getId).toList();
        return deskIds.isEmpty() ? List.of() : appointments.planning(deskIds,
                first.atStartOfDay(Agendas.ZONE).toInstant(), last.plusDays(1).atStartOfDay(Agendas.ZONE).toInstant());
    }
}
