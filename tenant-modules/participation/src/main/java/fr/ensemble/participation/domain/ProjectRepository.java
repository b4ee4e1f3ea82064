package fr.ensemble.participation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The projects submitted to the current tenant's participatory budgets. */
public interface ProjectRepository extends JpaRepository<Project, Long> {

    List<Project> findByCampaignIdOrderBySubmittedAt(long campaignId);

    List<Project> findByAuthorSubjectOrderBySubmittedAt(String authorSubject);

    List<Project> findByCampaignIdAndAuthorSubjectOrderBySubmittedAt(long campaignId, String authorSubject);

    @Modifying
    @Query(value = """
            INSERT INTO project_image (project_id, position, content_type, data, alternative_text)
            VALUES (:project, :position, :type, :data, :alternativeText)""",
            nativeQuery = true)
    void addImage(long project, int position, String type, byte[] data, String alternativeText);

    @Query(value = "SELECT data FROM project_image WHERE project_id = :project AND position = :position", nativeQuery = true)
    byte[] image(long project, int position);

    @Query(value = "SELECT content_type FROM project_image WHERE project_id = :project AND position = :position", nativeQuery = true)
    String imageType(long project, int position);

    /** After an account deletion: the project stays with the commune, signed by nobody. */
    @Modifying
    @Query(value = "UPDATE project SET author_subject = 'compte-supprime', author_name = 'Compte supprimé' "
            + "WHERE author_subject = :subject", nativeQuery = true)
    int anonymise(String subject);
}
