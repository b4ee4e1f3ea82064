package fr.ensemble.demarches.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's requests. */
public interface RequestRepository extends JpaRepository<Request, Long> {

    Optional<Request> findByTrackingNumber(String trackingNumber);

    Optional<Request> findByIdempotencyKey(String idempotencyKey);

    @Query("SELECT r.id FROM Request r")
    List<Long> allIds();

    @Query("SELECT r.id FROM Request r WHERE r.residentSubject = :subject")
    List<Long> idsOf(String subject);

    List<Request> findByResidentSubjectOrderBySubmittedAtDesc(String residentSubject);

    /** The inbox: newest first, optionally one status and one procedure. */
    @Query("""
            SELECT r FROM Request r WHERE (:status IS NULL OR r.status = :status)
              AND (:procedureId IS NULL OR r.procedureId = :procedureId) ORDER BY r.submittedAt DESC""")
    List<Request> inbox(RequestStatus status, Long procedureId, Pageable page);

    /** After an account deletion: the requests stay with the commune, without the person. */
    @Modifying
    @Query("""
            UPDATE Request r SET r.residentSubject = NULL, r.contactEmail = 'compte-supprime@invalid'
            WHERE r.residentSubject = :subject""")
    int anonymise(String subject);

    /**
     * Retention: the closed or refused requests not purged yet whose last update is older than their procedure's
     * retention period, locked (another instance's purge skips them).
     */
    @Query(value = """
            SELECT r.* FROM request r JOIN procedure p ON p.id = r.procedure_id
            WHERE r.purged_at IS NULL AND r.status IN ('CLOSE', 'REFUSEE')
              AND r.updated_at < CAST(:now AS timestamptz) - p.retention_days * INTERVAL '1 day'
            ORDER BY r.updated_at FOR UPDATE OF r SKIP LOCKED""", nativeQuery = true)
    List<Request> dueForPurge(Instant now);

    /** The next tracking number's counter for the year, from the year's sequence (no lock held until commit). */
    @Query(value = "SELECT CAST(next_tracking_value(:year) AS integer)", nativeQuery = true)
    int nextTrackingValue(int year);
}
