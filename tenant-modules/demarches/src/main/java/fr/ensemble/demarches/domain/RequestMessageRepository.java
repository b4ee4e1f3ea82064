package fr.ensemble.demarches.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The messages about the current tenant's requests. */
public interface RequestMessageRepository extends JpaRepository<RequestMessage, Long> {

    List<RequestMessage> findByRequestIdOrderBySentAtAsc(long requestId);

    List<RequestMessage> findByRequestIdAndInternalFalseOrderBySentAtAsc(long requestId);

    List<RequestMessage> findByRequestIdIn(Collection<Long> requestIds);
}
