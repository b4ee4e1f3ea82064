package fr.ensemble.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Formula;

/**
 * A project a resident submitted to a participatory budget: moderated (hidden with a reason the author sees),
 * studied (feasible or not, with a reason and a cost), and, when feasible, selected for the vote.
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectCategory category;

    @Column(name = "estimated_cost_cents", nullable = false)
    private long estimatedCostCents;

    private Double longitude;

    private Double latitude;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "co_authors")
    private String coAuthors;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "studied_cost_cents")
    private Long studiedCostCents;

    @Column(name = "option_id")
    private Long optionId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The images' alternative texts in order, one per line (empty for an image filed without one); null: no image. */
    @Formula("(SELECT string_agg(coalesce(i.alternative_text, ''), chr(10) ORDER BY i.position) FROM project_image i "
            + "WHERE i.project_id = id)")
    private String imageDescriptions;

    protected Project() {
    }

    public Project(long campaignId, ProjectProposal proposal, String authorSubject, String authorName, Instant now) {
        if (blank(proposal.title()) || blank(proposal.description()) || proposal.category() == null) {
            throw new CampaignRefusedException("Donnez un titre, une description et une catégorie à votre projet.");
        }
        if (proposal.title().strip().length() > 200) {
            throw new CampaignRefusedException("Le titre ne peut dépasser 200 caractères.");
        }
        if (proposal.estimatedCostCents() == null || proposal.estimatedCostCents() <= 0) {
            throw new CampaignRefusedException("Indiquez une estimation du coût de votre projet, en euros.");
        }
        if ((proposal.longitude() == null) != (proposal.latitude() == null)) {
            throw new CampaignRefusedException("Indiquez la longitude et la latitude du lieu, ou aucune des deux.");
        }
        if (proposal.coAuthors() != null && proposal.coAuthors().length() > 500) {
            throw new CampaignRefusedException("La liste des co-auteurs ne peut dépasser 500 caractères.");
        }
        this.campaignId = campaignId;
        this.title = proposal.title().strip();
        this.description = proposal.description().strip();
        this.category = proposal.category();
        this.estimatedCostCents = proposal.estimatedCostCents();
        this.longitude = proposal.longitude();
        this.latitude = proposal.latitude();
        this.coAuthors = blank(proposal.coAuthors()) ? null : proposal.coAuthors().strip();
        this.authorSubject = authorSubject;
        this.authorName = authorName;
        this.status = ProjectStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /** Moderation: the project no longer shows; its author sees why. */
    public void hide(String reason) {
        requireReason(reason, "Indiquez à l'auteur la raison de la modération.");
        if (status == ProjectStatus.SELECTED) {
            throw new CampaignRefusedException("Un projet soumis au vote ne peut plus être masqué.");
        }
        status = ProjectStatus.HIDDEN;
        statusReason = reason.strip();
    }

    /** The feasibility study's outcome: feasible with its studied cost, or not feasible with the reason. */
    public void studied(boolean feasible, String reason, Long costCents) {
        if (status == ProjectStatus.SELECTED || status == ProjectStatus.HIDDEN) {
            throw new CampaignRefusedException("Ce projet est « " + status.label() + " » : son étude ne change plus.");
        }
        if (feasible) {
            if (costCents == null || costCents <= 0) {
                throw new CampaignRefusedException("Indiquez le coût retenu par l'étude.");
            }
            status = ProjectStatus.FEASIBLE;
            studiedCostCents = costCents;
            statusReason = blank(reason) ? null : reason.strip();
        } else {
            requireReason(reason, "Expliquez pourquoi le projet n'est pas faisable.");
            status = ProjectStatus.NOT_FEASIBLE;
            statusReason = reason.strip();
        }
    }

    /** Put to the vote as that option. */
    public void selected(long option) {
        if (status != ProjectStatus.FEASIBLE) {
            throw new CampaignRefusedException("Seul un projet jugé faisable peut être soumis au vote.");
        }
        status = ProjectStatus.SELECTED;
        optionId = option;
    }

    private static void requireReason(String reason, String message) {
        if (blank(reason)) {
            throw new CampaignRefusedException(message);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public long getEstimatedCostCents() {
        return estimatedCostCents;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Double getLatitude() {
        return latitude;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getCoAuthors() {
        return coAuthors;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getStudiedCostCents() {
        return studiedCostCents;
    }

    public Long getOptionId() {
        return optionId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** What each image shows, in order (blank for an image filed without a description). */
    public List<String> getImageDescriptions() {
        return imageDescriptions == null ? List.of() : List.of(imageDescriptions.split("\n", -1));
    }
}
