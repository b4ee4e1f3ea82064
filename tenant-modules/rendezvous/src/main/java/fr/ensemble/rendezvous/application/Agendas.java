package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AgendaChange;
import fr.ensemble.rendezvous.domain.AgendaChangeRepository;
import fr.ensemble.rendezvous.domain.BusySpan;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskCalendar;
import fr.ensemble.rendezvous.domain.DeskHours;
import fr.ensemble.rendezvous.domain.DeskHoursRepository;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.TimeSpan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reads what slot computations need about some desks over some days, in a few queries. */
@Component
class Agendas {

    /** Every commune of the territory lives in Paris time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final DeskHoursRepository hours;
    private final AgendaChangeRepository changes;
    private final AppointmentRepository appointments;

    Agendas(DeskHoursRepository hours, AgendaChangeRepository changes, AppointmentRepository appointments) {
        this.hours = hours;
        this.changes = changes;
        this.appointments = appointments;
    }

    /** Each desk's open spans and busy spans from the start of {@code first} to the end of {@code last}. */
    Map<Long, DeskAgenda> of(Collection<Desk> desks, LocalDate first, LocalDate last) {
        List<Long> ids = desks.stream().map(Desk::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<DeskHours>> hoursByDesk = hours.findByDeskIdIn(ids).stream()
                .collect(Collectors.groupingBy(DeskHours::getDeskId));
        Map<Long, List<AgendaChange>> changesByDesk = changes.overlapping(ids, first.atStartOfDay(),
                last.plusDays(1).atStartOfDay()).stream().collect(Collectors.groupingBy(AgendaChange::getDeskId));
        TimeSpan range = new TimeSpan(first.atStartOfDay(ZONE).toInstant(), last.plusDays(1).atStartOfDay(ZONE).toInstant());
        Map<Long, List<TimeSpan>> busyByDesk = appointments.busy(ids, range.start(), range.end()).stream()
                .collect(Collectors.groupingBy(BusySpan::deskId, Collectors.mapping(BusySpan::span, Collectors.toList())));
        return ids.stream().collect(Collectors.toMap(id -> id, id -> new DeskAgenda(
                new DeskCalendar(hoursByDesk.getOrDefault(id, List.of()).stream().map(DeskHours::opening).toList(),
                        changesByDesk.getOrDefault(id, List.of()).stream().map(AgendaChange::exception).toList(), ZONE)
                        .openBetween(first, last),
                busyByDesk.getOrDefault(id, List.of()))));
    }

    /** A desk's open and busy spans over the days read. */
    record DeskAgenda(List<TimeSpan> open, List<TimeSpan> busy) {
    }
}
