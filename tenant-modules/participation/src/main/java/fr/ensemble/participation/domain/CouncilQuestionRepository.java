package fr.ensemble.participation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The council questions of the current tenant. */
public interface CouncilQuestionRepository extends JpaRepository<CouncilQuestion, Long> {

    List<CouncilQuestion> findByCampaignIdOrderBySubmittedAt(long campaignId);

    List<CouncilQuestion> findByAuthorSubjectOrderBySubmittedAt(String authorSubject);

    @Modifying
    @Query(value = "UPDATE council_question SET author_subject = 'compte-supprime', author_name = 'Compte supprimé' "
            + "WHERE author_subject = :subject", nativeQuery = true)
    int anonymise(String subject);
}
