package fr.ensemble.core.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The outbox of the current tenant's schema. */
interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    /** Due mails, locked for this sender; another instance's sender skips them rather than sending twice. */
    @Query(value = """
            SELECT * FROM outgoing_mail WHERE sent_at IS NULL AND next_attempt_at <= :now
            ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutgoingMail> lockDue(Instant now, int batch);
}
