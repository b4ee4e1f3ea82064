package fr.ensemble.participation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The options of the current tenant's campaigns. */
public interface BallotOptionRepository extends JpaRepository<BallotOption, Long> {

    List<BallotOption> findByCampaignIdOrderByPosition(long campaignId);

    @Query("SELECT coalesce(max(o.position), 0) FROM BallotOption o WHERE o.campaignId = :campaignId")
    int lastPosition(long campaignId);

    /** Sets the option's image, replacing the one it had. */
    @Modifying
    @Query(value = """
            INSERT INTO option_image (option_id, content_type, data) VALUES (:option, :type, :data)
            ON CONFLICT (option_id) DO UPDATE SET content_type = excluded.content_type, data = excluded.data""",
            nativeQuery = true)
    void putImage(long option, String type, byte[] data);

    @Query(value = "SELECT data FROM option_image WHERE option_id = :option", nativeQuery = true)
    byte[] imageData(long option);

    @Query(value = "SELECT content_type FROM option_image WHERE option_id = :option", nativeQuery = true)
    String imageType(long option);
}
