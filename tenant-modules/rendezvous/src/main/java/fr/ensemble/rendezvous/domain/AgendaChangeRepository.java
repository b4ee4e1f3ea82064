package fr.ensemble.rendezvous.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Closures and extra openings of the current tenant's desks. */
public interface AgendaChangeRepository extends JpaRepository<AgendaChange, Long> {

    @Query("SELECT c FROM AgendaChange c WHERE c.deskId IN :deskIds AND c.startsAt < :to AND c.endsAt > :from")
    List<AgendaChange> overlapping(Collection<Long> deskIds, LocalDateTime from, LocalDateTime to);

    List<AgendaChange> findByDeskIdOrderByStartsAt(long deskId);
}
