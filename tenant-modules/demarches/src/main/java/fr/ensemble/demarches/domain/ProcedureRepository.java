package fr.ensemble.demarches.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's procedures. */
public interface ProcedureRepository extends JpaRepository<Procedure, Long> {

    Optional<Procedure> findBySlug(String slug);

    List<Procedure> findByPublishedTrueOrderByRequestsFiledDescTitleAsc();
}
