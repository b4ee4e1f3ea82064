package fr.ensemble.demarches.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's log of retention purges. */
public interface RequestPurgeRepository extends JpaRepository<RequestPurge, Long> {
}
