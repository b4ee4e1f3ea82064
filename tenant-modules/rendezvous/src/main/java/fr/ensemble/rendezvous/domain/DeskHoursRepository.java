package fr.ensemble.rendezvous.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Weekly hours of the current tenant's desks. */
public interface DeskHoursRepository extends JpaRepository<DeskHours, Long> {

    List<DeskHours> findByDeskIdIn(Collection<Long> deskIds);

    List<DeskHours> findByDeskId(long deskId);
}
