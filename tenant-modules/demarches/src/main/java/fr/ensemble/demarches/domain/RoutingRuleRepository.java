package fr.ensemble.demarches.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's routing rules. */
public interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

    List<RoutingRule> findAllByOrderByPositionAscIdAsc();
}
