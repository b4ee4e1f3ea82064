package fr.ensemble.rendezvous.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's calls to the ANTS anti-duplicate API, sent or waiting. */
public interface AntsDeclarationRepository extends JpaRepository<AntsDeclaration, Long> {

    List<AntsDeclaration> findByAppointmentIdAndActionOrderById(long appointmentId, AntsDeclaration.Action action);

    List<AntsDeclaration> findByAppointmentIdOrderById(long appointmentId);

    /**
     * The calls due now, locked for this sender. A call waits while an earlier one about the same appointment and
     * number is unsent, so that a deletion never overtakes its declaration.
     */
    @Query(value = """
            SELECT * FROM ants_declaration d WHERE d.sent_at IS NULL AND d.next_attempt_at <= :now
              AND NOT EXISTS (SELECT 1 FROM ants_declaration e WHERE e.sent_at IS NULL AND e.id < d.id
                              AND e.appointment_id = d.appointment_id AND e.application_id = d.application_id)
            ORDER BY d.id LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<AntsDeclaration> due(Instant now, int limit);
}
