package fr.ensemble.demarches.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The history of the current tenant's requests. */
public interface RequestEventRepository extends JpaRepository<RequestEvent, Long> {

    List<RequestEvent> findByRequestIdOrderByOccurredAtAsc(long requestId);
}
