package fr.ensemble.rendezvous.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's appointments and blocked spans. */
public interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    Optional<Appointment> findByReference(String reference);

    /** What the desks cannot offer between two instants: live appointments and blocks. */
    @Query("""
            SELECT new fr.ensemble.rendezvous.domain.BusySpan(a.deskId, a.startsAt, a.endsAt) FROM Appointment a
            WHERE a.deskId IN :deskIds AND a.status <> fr.ensemble.rendezvous.domain.AppointmentStatus.ANNULE
              AND a.startsAt < :to AND a.endsAt > :from""")
    List<BusySpan> busy(Collection<Long> deskIds, Instant from, Instant to);

    @Query("""
            SELECT a FROM Appointment a WHERE a.deskId IN :deskIds AND a.startsAt < :to AND a.endsAt > :from
            ORDER BY a.startsAt, a.deskId""")
    List<Appointment> planning(Collection<Long> deskIds, Instant from, Instant to);

    List<Appointment> findByResidentSubjectOrderByStartsAtDesc(String residentSubject);

    /** Appointments starting within the reminder horizon, not reminded yet, booked long enough before. */
    @Query(value = """
            SELECT * FROM appointment WHERE kind = 'RDV' AND status = 'RESERVE' AND reminded_at IS NULL
              AND starts_at > :now AND starts_at <= :horizon AND booked_at < starts_at - INTERVAL '1 day'
            ORDER BY starts_at FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Appointment> dueForReminder(Instant now, Instant horizon);

    /** The live appointments made with any of these ANTS pre-application numbers. */
    @Query(value = """
            SELECT * FROM appointment WHERE kind = 'RDV' AND status <> 'ANNULE'
              AND pre_application_numbers && CAST(:numbers AS varchar(10)[]) ORDER BY starts_at""", nativeQuery = true)
    List<Appointment> withApplicationIds(String[] numbers);

    /**
     * Makes the bookings of one desk wait for each other until the end of their transactions, so that the loser of
     * a race reads the winner's appointment instead of deadlocking with it inside the exclusion constraint.
     */
    @Query(value = """
            SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(current_schema()), CAST(:deskId AS integer))) AS locked""",
            nativeQuery = true)
    long lockDesk(long deskId);

    /** After an account deletion: the appointments stay with the commune, without the person. */
    @Modifying
    @Query("""
            UPDATE Appointment a SET a.residentSubject = NULL, a.contactName = 'Compte supprimé',
              a.contactEmail = 'compte-supprime@invalid', a.contactPhone = NULL WHERE a.residentSubject = :subject""")
    int anonymise(String subject);
}
