package fr.ensemble.demarches.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The messages about the current tenant's requests. */
public interface RequestMessageRepository extends JpaRepository<RequestMessage, Long> {

    List<RequestMessage> findByRequestIdOrderBySentAtAsc(long requestId);

    List<RequestMessage> findByRequestIdAndInternalFalseOrderBySentAtAsc(long requestId);

    /** Retention: the request's messages go with the person. */
    @Modifying
    @Query("DELETE FROM RequestMessage x WHERE x.requestId = :requestId")
    int deleteByRequestId(long requestId);

    List<RequestMessage> findByRequestIdIn(Collection<Long> requestIds);
}
