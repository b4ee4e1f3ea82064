package fr.ensemble.rendezvous.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's registrations to workshops. */
public interface WorkshopRegistrationRepository extends JpaRepository<WorkshopRegistration, Long> {

    Optional<WorkshopRegistration> findByReference(String reference);

    @Query("SELECT r.workshopId FROM WorkshopRegistration r WHERE r.reference = :reference")
    Optional<Long> workshopOf(String reference);

    @Query("""
            SELECT r FROM WorkshopRegistration r WHERE r.workshopId = :workshopId AND r.residentSubject = :subject
              AND r.status <> fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus.ANNULE""")
    Optional<WorkshopRegistration> live(long workshopId, String subject);

    /** The waiting list of a workshop, first come first. */
    @Query("""
            SELECT r FROM WorkshopRegistration r WHERE r.workshopId = :workshopId
              AND r.status = fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus.ATTENTE
            ORDER BY r.registeredAt, r.id""")
    List<WorkshopRegistration> waiting(long workshopId);

    /** Every registration of a workshop, cancelled ones included, first come first. */
    List<WorkshopRegistration> findByWorkshopIdOrderByRegisteredAtAscIdAsc(long workshopId);

    /** How many parties wait for each of these workshops (workshops nobody waits for are absent). */
    @Query("""
            SELECT new fr.ensemble.rendezvous.domain.WaitingParties(r.workshopId, COUNT(r)) FROM WorkshopRegistration r
            WHERE r.workshopId IN :workshopIds
              AND r.status = fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus.ATTENTE
            GROUP BY r.workshopId""")
    List<WaitingParties> waitingParties(List<Long> workshopIds);

    List<WorkshopRegistration> findByResidentSubjectOrderByRegisteredAtDesc(String residentSubject);

    /** Seats of workshops starting within the reminder horizon, not reminded yet, held since long enough before. */
    @Query(value = """
            SELECT r.* FROM workshop_registration r JOIN workshop w ON w.id = r.workshop_id
            WHERE r.status = 'INSCRIT' AND r.reminded_at IS NULL AND w.starts_at > :now AND w.starts_at <= :horizon
              AND COALESCE(r.promoted_at, r.registered_at) < w.starts_at - INTERVAL '1 day'
            ORDER BY w.starts_at, r.id FOR UPDATE OF r SKIP LOCKED""", nativeQuery = true)
    List<WorkshopRegistration> dueForReminder(Instant now, Instant horizon);

    /** After an account deletion: the registrations stay with the commune, without the person. */
    @Modifying
    @Query("""
            UPDATE WorkshopRegistration r SET r.residentSubject = NULL, r.contactName = 'Compte supprimé',
              r.contactEmail = 'compte-supprime@invalid', r.contactPhone = NULL WHERE r.residentSubject = :subject""")
    int anonymise(String subject);
}
