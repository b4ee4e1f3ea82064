package fr.ensemble.demarches.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's requests waiting for their e-mail confirmation. */
public interface PendingRequestRepository extends JpaRepository<PendingRequest, String> {

    List<PendingRequest> findByRequestIdIsNullAndExpiresAtBefore(Instant now);
}
