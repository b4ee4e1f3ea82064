package fr.ensemble.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A project or an answer put to the vote, with its cost for a participatory budget and, when it has an image (kept
 * apart, see {@link DescribedImage}), the alternative text describing it.
 */
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

    @Column(name = "image_alt")
    private String imageAlt;

    protected BallotOption() {
    }

    public BallotOption(long campaignId, int position, String title, String description, Long costCents) {
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

    /** Records that the option has an image, described by that text. */
    public void illustrated(String alternativeText) {
        imageAlt = alternativeText;
    }

    /** The alternative text of the option's image; empty when it has none. */
    public Optional<String> getImageAlt() {
        return Optional.ofNullable(imageAlt);
    }
}
