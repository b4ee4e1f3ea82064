package fr.ensemble.demarches.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The versions of the current tenant's forms. */
public interface ProcedureFormRepository extends JpaRepository<ProcedureForm, ProcedureForm.Key> {

    /** The latest published version: what a new request is filed with. */
    @Query(value = """
            SELECT * FROM procedure_form WHERE procedure_id = :procedureId AND published_at IS NOT NULL
            ORDER BY number DESC LIMIT 1""", nativeQuery = true)
    Optional<ProcedureForm> findCurrent(long procedureId);

    /** The latest version, draft or published. */
    @Query(value = "SELECT * FROM procedure_form WHERE procedure_id = :procedureId ORDER BY number DESC LIMIT 1",
            nativeQuery = true)
    Optional<ProcedureForm> findLatest(long procedureId);
}
