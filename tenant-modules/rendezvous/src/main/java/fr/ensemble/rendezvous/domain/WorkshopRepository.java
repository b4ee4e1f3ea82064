package fr.ensemble.rendezvous.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's workshops. */
public interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    /** The workshop, its row locked until the end of the transaction: seats change only under this lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT w FROM Workshop w WHERE w.id = :id")
    Optional<Workshop> lock(long id);

    @Query("SELECT w FROM Workshop w WHERE w.startsAt > :now ORDER BY w.startsAt, w.id")
    List<Workshop> upcoming(Instant now);

    @Query("SELECT w FROM Workshop w WHERE w.startsAt < :to AND w.endsAt > :from ORDER BY w.startsAt, w.id")
    List<Workshop> between(Instant from, Instant to);
}
