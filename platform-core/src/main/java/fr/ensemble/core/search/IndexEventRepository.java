package fr.ensemble.core.search;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The search outbox of the current tenant's schema. */
interface IndexEventRepository extends JpaRepository<IndexEvent, Long> {

    /** Due events, oldest first, locked for this dispatcher; another instance's dispatcher skips them. */
    @Query(value = """
            SELECT * FROM search_outbox WHERE next_attempt_at <= :now
            ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<IndexEvent> lockDue(Instant now, int batch);

    /** Whether this transaction now holds the tenant's dispatch lock (false: another dispatcher has it). */
    @Query(value = "SELECT pg_try_advisory_xact_lock(hashtext('ensemble-search-outbox'))", nativeQuery = true)
    boolean lockDispatch();
}
