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

/**
 * A question a resident asks the municipal council (droit d'interpellation): selected to be asked live at the
 * session, or answered in writing, the answer published for everyone.
 */
@Entity
@Table(name = "council_question")
public class CouncilQuestion {

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
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionStatus status;

    private String answer;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected CouncilQuestion() {
    }

    public CouncilQuestion(long campaignId, String authorSubject, String authorName, String question, Instant now) {
        if (question == null || question.strip().length() < 10 || question.strip().length() > 3000) {
            throw new CampaignRefusedException("Votre question compte de 10 à 3 000 caractères.");
        }
        this.campaignId = campaignId;
        this.authorSubject = authorSubject;
        this.authorName = authorName;
        this.question = question.strip();
        this.status = QuestionStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /** To be asked live at the council session. */
    public void select() {
        if (status == QuestionStatus.ANSWERED) {
            throw new CampaignRefusedException("Cette question a déjà reçu une réponse écrite.");
        }
        status = QuestionStatus.SELECTED;
    }

    /** A written answer, published with the question (also after a question was asked live). */
    public void answer(String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new CampaignRefusedException("Écrivez la réponse à publier.");
        }
        status = QuestionStatus.ANSWERED;
        answer = text.strip();
        answeredAt = now;
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

    public String getQuestion() {
        return question;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
