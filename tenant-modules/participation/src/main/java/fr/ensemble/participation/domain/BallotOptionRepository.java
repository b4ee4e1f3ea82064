package fr.ensemble.participation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The options of the current tenant's campaigns. */
public interface BallotOptionRepository extends JpaRepository<BallotOption, Long> {

    List<BallotOption> findByCampaignIdOrderByPosition(long campaignId);

    @Query("SELECT coalesce(max(o.position), 0) FROM BallotOption o WHERE o.campaignId = :campaignId")
    int lastPosition(long campaignId);
}
