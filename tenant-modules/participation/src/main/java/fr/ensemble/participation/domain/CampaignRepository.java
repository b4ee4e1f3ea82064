package fr.ensemble.participation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's campaigns. */
public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    /** With its phases, in one query. */
    @Query("SELECT c FROM Campaign c LEFT JOIN FETCH c.phases WHERE c.slug = :slug")
    Optional<Campaign> findBySlug(String slug);

    List<Campaign> findByPublishedTrueOrderByCreatedAtDesc();

    List<Campaign> findAllByOrderByCreatedAtDesc();

    boolean existsBySlug(String slug);

    @Query(value = "SELECT id FROM campaign WHERE id = :id FOR UPDATE", nativeQuery = true)
    Long lockForUpdate(long id);
}
