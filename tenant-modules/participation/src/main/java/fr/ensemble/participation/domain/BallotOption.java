package fr.ensemble.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project or an answer put to the vote, with its cost for a participatory budget. */
@Entity
@Table(name = "ballot_option")
public class BallotOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "cost_cents")
    private Long costCents;

    @Column(name = "image_url")
    private String imageUrl;

    protected BallotOption() {
    }

    public BallotOption(long campaignId, int position, String title, String description, Long costCents, String imageUrl) {
        if (title == null || title.isBlank()) {
            throw new CampaignRefusedException("Donnez un titre au choix.");
        }
        if (costCents != null && costCents <= 0) {
            throw new CampaignRefusedException("Le coût d'un projet est un montant positif.");
        }
        this.campaignId = campaignId;
        this.position = position;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.costCents = costCents;
        this.imageUrl = imageUrl;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Long getCostCents() {
        return costCents;
    }

    public String getImageUrl() {
        return imageUrl;
    }
}
