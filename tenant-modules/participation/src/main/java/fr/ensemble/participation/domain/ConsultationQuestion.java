package fr.ensemble.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question of a consultation's questionnaire, with its choices when it has some. */
@Entity
@Table(name = "consultation_question")
public class ConsultationQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(nullable = false)
    private String label;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] choices;

    @Column(nullable = false)
    private boolean required;

    protected ConsultationQuestion() {
    }

    public ConsultationQuestion(long campaignId, int position, QuestionKind kind, String label, List<String> choices,
            boolean required) {
        if (kind == null || label == null || label.isBlank()) {
            throw new CampaignRefusedException("Donnez l'intitulé et le type de la question.");
        }
        List<String> cleaned = choices == null ? List.of() : choices.stream().map(String::strip).filter(c -> !c.isEmpty())
                .distinct().toList();
        if (kind.hasChoices() && cleaned.size() < 2) {
            throw new CampaignRefusedException("Une question « " + kind.label() + " » propose au moins deux choix.");
        }
        this.campaignId = campaignId;
        this.position = position;
        this.kind = kind;
        this.label = label.strip();
        this.choices = kind.hasChoices() ? cleaned.toArray(String[]::new) : new String[0];
        this.required = required;
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

    public QuestionKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public List<String> getChoices() {
        return Arrays.asList(choices.clone());
    }

    public boolean isRequired() {
        return required;
    }
}
