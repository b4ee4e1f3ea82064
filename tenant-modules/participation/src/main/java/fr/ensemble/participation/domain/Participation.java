package fr.ensemble.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An entry of the participation register: this voter took part in this campaign, on that day, online or on
 * paper. It says nothing of what they chose (see {@link Ballot}).
 */
@Entity
@Table(name = "participation")
@IdClass(Participation.Key.class)
public class Participation {

    @Id
    @Column(name = "campaign_id")
    private long campaignId;

    @Id
    private String voter;

    @Column(name = "identity_hash")
    private String identityHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "voted_on", nullable = false)
    private LocalDate votedOn;

    @Column(name = "idempotency_hash")
    private String idempotencyHash;

    protected Participation() {
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getVoter() {
        return voter;
    }

    public String getIdentityHash() {
        return identityHash;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getVotedOn() {
        return votedOn;
    }

    public String getIdempotencyHash() {
        return idempotencyHash;
    }

    /** The register's key: one participation per voter and campaign. */
    public record Key(long campaignId, String voter) implements Serializable {
    }
}
