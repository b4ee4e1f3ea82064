package fr.ensemble.demarches.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's drafts. */
public interface RequestDraftRepository extends JpaRepository<RequestDraft, RequestDraft.Key> {

    List<RequestDraft> findBySavedAtBefore(Instant limit);

    @Modifying
    @Query("DELETE FROM RequestDraft d WHERE d.key.residentSubject = :subject")
    int deleteByResident(String subject);
}
