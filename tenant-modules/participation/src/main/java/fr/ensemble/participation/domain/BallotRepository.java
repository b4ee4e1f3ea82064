package fr.ensemble.participation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The ballot box of the current tenant. */
public interface BallotRepository extends JpaRepository<Ballot, UUID> {

    /** @param choices the option ids as a PostgreSQL array literal, e.g. {@code {3,7}} */
    @Modifying
    @Query(value = """
            INSERT INTO ballot (id, campaign_id, channel, cast_on, receipt_hash, choices)
            VALUES (:id, :campaignId, :channel, :castOn, :receiptHash, CAST(:choices AS bigint[]))""", nativeQuery = true)
    void cast(UUID id, long campaignId, String channel, LocalDate castOn, String receiptHash, String choices);

    boolean existsByCampaignIdAndReceiptHash(long campaignId, String receiptHash);

    long countByCampaignId(long campaignId);

    long countByCampaignIdAndChannel(long campaignId, Channel channel);

    /** Votes per option and channel, from the ballots alone: rows of option id, channel, count. */
    @Query(value = """
            SELECT choice, channel, count(*) FROM ballot, unnest(choices) AS choice
            WHERE campaign_id = :campaignId GROUP BY choice, channel""", nativeQuery = true)
    List<Object[]> tally(long campaignId);

    @Query(value = "SELECT channel, count(*) FROM ballot WHERE campaign_id = :campaignId GROUP BY channel", nativeQuery = true)
    List<Object[]> ballotsPerChannel(long campaignId);

    /** Open data: the anonymous ballots, in the order of their random ids. */
    List<Ballot> findByCampaignIdOrderById(long campaignId);
}
