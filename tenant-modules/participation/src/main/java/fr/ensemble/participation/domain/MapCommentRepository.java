package fr.ensemble.participation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The comments dropped on the current tenant's concertation maps. */
public interface MapCommentRepository extends JpaRepository<MapComment, Long> {

    List<MapComment> findByCampaignIdOrderByCreatedAt(long campaignId);

    List<MapComment> findByCampaignIdAndHiddenReasonIsNullOrderByCreatedAt(long campaignId);

    List<MapComment> findByCampaignIdAndAuthorSubjectOrderByCreatedAt(long campaignId, String authorSubject);

    List<MapComment> findByAuthorSubjectOrderByCreatedAt(String authorSubject);

    /** After an account deletion: the comment stays on the map, signed by nobody. */
    @Modifying
    @Query(value = "UPDATE map_comment SET author_subject = 'compte-supprime', author_name = 'Compte supprimé' "
            + "WHERE author_subject = :subject", nativeQuery = true)
    int anonymise(String subject);
}
