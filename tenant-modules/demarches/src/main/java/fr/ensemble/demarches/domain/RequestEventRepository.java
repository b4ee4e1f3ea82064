package fr.ensemble.demarches.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The history of the current tenant's requests. */
public interface RequestEventRepository extends JpaRepository<RequestEvent, Long> {

    List<RequestEvent> findByRequestIdOrderByOccurredAtAsc(long requestId);

    @Query(value = "SELECT DISTINCT actor FROM request_event WHERE action <> 'FILED' ORDER BY actor", nativeQuery = true)
    List<String> agentsWhoActed();

    /**
     * Retention: a request's history without its comments, and without the resident's address where an
     * anonymous filing recorded it as the actor; statuses, dates and agents stay.
     */
    @Modifying
    @Query("""
            UPDATE RequestEvent e SET e.comment = NULL,
              e.actor = CASE WHEN e.actor = :residentActor THEN 'usager' ELSE e.actor END
            WHERE e.requestId = :requestId""")
    int purge(long requestId, String residentActor);
}
