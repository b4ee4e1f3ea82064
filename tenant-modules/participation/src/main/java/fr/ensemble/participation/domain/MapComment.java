package fr.ensemble.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A resident's comment dropped on a concertation map: a point, one of the campaign's categories and a text. It is
 * published at once; an animateur may hide it afterwards, with a reason its author sees.
 */
@Entity
@Table(name = "map_comment")
public class MapComment {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private double longitude;

    @Column(nullable = false)
    private double latitude;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MapComment() {
    }

    /** @throws CampaignRefusedException with the French reason when the category or the text do not fit */
    public MapComment(Campaign concertation, MapCommentDraft draft, String authorSubject, String authorName, Instant now) {
        if (draft.category() == null || !concertation.getCommentCategories().contains(draft.category())) {
            throw new CampaignRefusedException("Choisissez la catégorie de votre commentaire.");
        }
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new CampaignRefusedException("Votre commentaire compte de " + MIN_LENGTH + " à 1 000 caractères ("
                    + text.length() + " actuellement).");
        }
        this.campaignId = concertation.getId();
        this.authorSubject = authorSubject;
        this.authorName = authorName;
        this.category = draft.category();
        this.body = text;
        this.longitude = draft.longitude();
        this.latitude = draft.latitude();
        this.createdAt = now;
    }

    public void hide(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CampaignRefusedException("Indiquez pourquoi ce commentaire est masqué : son auteur le lira.");
        }
        hiddenReason = reason.strip();
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getCategory() {
        return category;
    }

    public String getBody() {
        return body;
    }

    public double getLongitude() {
        return longitude;
    }

    public double getLatitude() {
        return latitude;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
