package fr.ensemble.participation.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The participation register of the current tenant. */
public interface ParticipationRepository extends JpaRepository<Participation, Participation.Key> {

    /** Written at once (not at flush): a second participation fails here, on the primary key. */
    @Modifying
    @Query(value = """
            INSERT INTO participation (campaign_id, voter, identity_hash, channel, voted_on, idempotency_hash, commune)
            VALUES (:campaignId, :voter, :identityHash, :channel, :votedOn, :idempotencyHash, :commune)""", nativeQuery = true)
    void register(long campaignId, String voter, String identityHash, String channel, LocalDate votedOn,
            String idempotencyHash, String commune);

    long countByCampaignId(long campaignId);

    /** How many took part from each commune of residence (null: entries older than the column), most first. */
    @Query(value = """
            SELECT commune, count(*) FROM participation WHERE campaign_id = :campaignId
            GROUP BY commune ORDER BY count(*) DESC, commune""", nativeQuery = true)
    List<Object[]> countPerCommune(long campaignId);

    long countByCampaignIdAndChannel(long campaignId, Channel channel);

    /** Whether someone of that identity (names and birth date) took part, online or on paper. */
    boolean existsByCampaignIdAndIdentityHash(long campaignId, String identityHash);

    List<Participation> findByVoter(String voter);

    /** After an account deletion: the register keeps that someone took part, no longer who. */
    @Modifying
    @Query(value = """
            UPDATE participation SET voter = 'compte-supprime:' || gen_random_uuid(), idempotency_hash = NULL
            WHERE voter = :voter""", nativeQuery = true)
    int anonymise(String voter);
}
