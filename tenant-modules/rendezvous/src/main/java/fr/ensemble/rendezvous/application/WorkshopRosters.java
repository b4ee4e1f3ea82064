package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.application.Workshops.ListedWorkshop;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.WaitingParties;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRegistration;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationRepository;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus;
import fr.ensemble.rendezvous.domain.WorkshopRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's workshops as its agents follow them: seats, waiting lists and who registered. */
@Service
public class WorkshopRosters {

    static final Duration RECENT = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(3660);

    private final Workshops workshops;
    private final WorkshopRepository workshopRepository;
    private final WorkshopRegistrationRepository registrations;
    private final Clock clock;

    WorkshopRosters(Workshops workshops, WorkshopRepository workshopRepository,
            WorkshopRegistrationRepository registrations, Clock clock) {
        this.workshops = workshops;
        this.workshopRepository = workshopRepository;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** The workshops of the last 30 days and to come, the soonest first, with how many parties wait for each. */
    @Transactional(readOnly = true)
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
    public List<FollowedWorkshop> recentAndComing() {
        Instant now = clock.instant();
        List<ListedWorkshop> listed = workshops.listed(workshopRepository.between(now.minus(RECENT), now.plus(AHEAD)));
        Map<Long, Long> waiting = registrations.waitingParties(listed.stream().map(one -> one.workshop().getId()).toList())
                .stream().collect(Collectors.toMap(WaitingParties::workshopId, WaitingParties::parties));
        return listed.stream().map(one -> new FollowedWorkshop(one, waiting.getOrDefault(one.workshop().getId(), 0L),
                one.workshop().hasStarted(now))).toList();
    }

    /** Every registration of one of the tenant's workshops, first come first, waiting parties with their rank. */
    @Transactional(readOnly = true)
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
    public List<RosterEntry> registrationsOf(long workshopId) {
        Workshop workshop = workshopRepository.findById(workshopId)
                .orElseThrow(() -> new AppointmentRefusedException("Cet atelier n'existe pas."));
        List<RosterEntry> roster = new ArrayList<>();
        int rank = 0;
        for (WorkshopRegistration registration : registrations.findByWorkshopIdOrderByRegisteredAtAscIdAsc(workshop.getId())) {
            boolean waits = registration.getStatus() == WorkshopRegistrationStatus.ATTENTE;
            roster.add(new RosterEntry(registration, waits ? ++rank : 0));
        }
        return roster;
    }

    /**
     * A workshop as its agents follow it.
     *
     * @param waitingParties the parties on its waiting list
     */
    public record FollowedWorkshop(ListedWorkshop listed, long waitingParties, boolean started) {
    }

    /**
     * A registration in a workshop's roster.
     *
     * @param rank the place in the waiting list (1 is next), 0 when not waiting
     */
    public record RosterEntry(WorkshopRegistration registration, int rank) {
    }
}
