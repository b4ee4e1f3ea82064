package fr.ensemble.participation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The questionnaires of the current tenant's consultations. */
public interface ConsultationQuestionRepository extends JpaRepository<ConsultationQuestion, Long> {

    List<ConsultationQuestion> findByCampaignIdOrderByPosition(long campaignId);

    @Query("SELECT coalesce(max(q.position), 0) FROM ConsultationQuestion q WHERE q.campaignId = :campaignId")
    int lastPosition(long campaignId);
}
