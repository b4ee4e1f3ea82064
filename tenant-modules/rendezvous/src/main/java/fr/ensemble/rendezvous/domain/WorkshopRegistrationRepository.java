package fr.ensemble.rendezvous.domain;

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

    /** After an account deletion: the registrations stay with the commune, without the person. */
    @Modifying
    @Query("""
            UPDATE WorkshopRegistration r SET r.residentSubject = NULL, r.contactName = 'Compte supprimé',
              r.contactEmail = 'compte-supprime@invalid', r.contactPhone = NULL WHERE r.residentSubject = :subject""")
    int anonymise(String subject);
}
