package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A resident's answers to a procedure's form, not sent yet, with the form version they were typed against. */
@Entity
@Table(name = "request_draft")
public class RequestDraft {

    @EmbeddedId
    private Key key;

    @Column(name = "form_number", nullable = false)
    private int formNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String answers;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected RequestDraft() {
    }

    public RequestDraft(Key key, int formNumber, String answers, Instant savedAt) {
        this.key = key;
        save(formNumber, answers, savedAt);
    }

    public void save(int formNumber, String answers, Instant savedAt) {
        this.formNumber = formNumber;
        this.answers = answers;
        this.savedAt = savedAt;
    }

    public int getFormNumber() {
        return formNumber;
    }

    public String getAnswers() {
        return answers;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    /** One draft per resident and procedure. */
    @Embeddable
    public record Key(@Column(name = "resident_subject") String residentSubject,
            @Column(name = "procedure_id") long procedureId) implements Serializable {
    }
}
