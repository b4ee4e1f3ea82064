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

    /**
     * The inbox: newest first; each null filter means all. {@code unassigned} keeps only the requests nobody has
     * in hand, {@code submittedBefore} those filed before
     * (a moment in the future for all).
     */
    @Query("""
            SELECT r FROM Request r WHERE (:status IS NULL OR r.status = :status)
              AND (:procedureId IS NULL OR r.procedureId = :procedureId)
              AND (:departmentId IS NULL OR r.departmentId = :departmentId)
              AND (:assignee IS NULL OR r.assignee = :assignee)
              AND (:unassigned = false OR r.assignee IS NULL)
              AND r.submittedAt < :submittedBefore
            ORDER BY r.submittedAt DESC""")
    List<Request> inbox(String status, Long procedureId, Long departmentId, String assignee, boolean unassigned,
            Instant submittedBefore, Pageable page);

    long countByProcedureIdAndStatus(long procedureId, String status);

    List<Request> findByProcedureIdAndPurgedAtIsNull(long procedureId);

    /** After an account deletion: the requests stay with the commune, without the person. */
    @Modifying
    @Query("""
            UPDATE Request r SET r.residentSubject = NULL, r.contactEmail = 'compte-supprime@invalid'
            WHERE r.residentSubject = :subject""")
    int anonymise(String subject);

    /**
     * Retention: the requests closed (in a closing status), not purged yet, since longer than their procedure's
     * retention period, locked (another instance's purge skips them).
     */
    @Query(value = """
            SELECT r.* FROM request r JOIN procedure p ON p.id = r.procedure_id
            WHERE r.purged_at IS NULL AND r.closed_at IS NOT NULL
              AND r.closed_at < CAST(:now AS timestamptz) - p.retention_days * INTERVAL '1 day'
            ORDER BY r.closed_at FOR UPDATE OF r SKIP LOCKED""", nativeQuery = true)
    List<Request> dueForPurge(Instant now);

    /** The next tracking number's counter for the year, from the year's sequence (no lock held until commit). */
    @Query(value = "SELECT CAST(next_tracking_value(:year) AS integer)", nativeQuery = true)
    int nextTrackingValue(int year);
}
