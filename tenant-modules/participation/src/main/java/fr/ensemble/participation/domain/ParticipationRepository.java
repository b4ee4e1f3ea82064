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
            INSERT INTO participation (campaign_id, voter, identity_hash, channel, voted_on, idempotency_hash)
            VALUES (:campaignId, :voter, :identityHash, :channel, :votedOn, :idempotencyHash)""", nativeQuery = true)
    void register(long campaignId, String voter, String identityHash, String channel, LocalDate votedOn,
            String idempotencyHash);

    long countByCampaignId(long campaignId);

    long countByCampaignIdAndChannel(long campaignId, Channel channel);

    /** Whether someone else with the same identity (names and birth date) took part, e.g. on paper. */
    boolean existsByCampaignIdAndIdentityHashAndVoterNot(long campaignId, String identityHash, String voter);

    List<Participation> findByVoter(String voter);

    /** After an account deletion: the register keeps that someone took part, no longer who. */
    @Modifying
    @Query(value = """
            UPDATE participation SET voter = 'compte-supprime:' || gen_random_uuid(), idempotency_hash = NULL
            WHERE voter = :voter""", nativeQuery = true)
    int anonymise(String voter);
}
