package fr.ensemble.rendezvous.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's appointment types. */
public interface AppointmentTypeRepository extends JpaRepository<AppointmentType, Long> {

    Optional<AppointmentType> findBySlug(String slug);

    List<AppointmentType> findByActiveTrueOrderByLabel();
}
