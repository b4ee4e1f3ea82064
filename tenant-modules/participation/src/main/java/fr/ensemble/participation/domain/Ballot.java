package fr.ensemble.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A ballot as cast: a random id, the day (never the time), the channel, the options chosen and the hash of
 * its receipt code (online ballots). Nothing in it leads to the voter; results are counted from ballots alone.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    private UUID id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "cast_on", nullable = false)
    private LocalDate castOn;

    /** {@code null} for a paper ballot: it comes out of the box with no receipt. */
    @Column(name = "receipt_hash")
    private String receiptHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "bigint[]")
    private Long[] choices;

    protected Ballot() {
    }

    public UUID getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getCastOn() {
        return castOn;
    }

    public Long[] getChoices() {
        return choices.clone();
    }
}
