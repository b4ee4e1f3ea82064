package fr.ensemble.demarches.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The documents agents attached to the current tenant's requests. */
public interface RequestDocumentRepository extends JpaRepository<RequestDocument, Long> {

    List<RequestDocument> findByRequestIdOrderByAddedAtAsc(long requestId);

    List<RequestDocument> findByRequestIdAndVisibleToResidentTrueOrderByAddedAtAsc(long requestId);

    /** Retention: the request's documents go with the person. */
    @Modifying
    @Query("DELETE FROM RequestDocument x WHERE x.requestId = :requestId")
    int deleteByRequestId(long requestId);
}
