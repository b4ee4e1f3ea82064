package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a procedure's form, as JSON; once published it never changes (the database enforces it). */
@Entity
@Table(name = "procedure_form")
public class ProcedureForm {

    @EmbeddedId
    private Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String definition;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ProcedureForm() {
    }

    public ProcedureForm(long procedureId, int number, String definition, Instant publishedAt) {
        this.key = new Key(procedureId, number);
        this.definition = definition;
        this.publishedAt = publishedAt;
    }

    /** Applies a checked change of the domain's {@code FormVersion}: a draft's new definition or its publication. */
    public void update(String definition, Instant publishedAt) {
        this.definition = definition;
        this.publishedAt = publishedAt;
    }

    public int getNumber() {
        return key.number;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Procedure and version number. */
    @Embeddable
    public static class Key {

        @Column(name = "procedure_id")
        private long procedureId;

        @Column(name = "number")
        private int number;

        protected Key() {
        }

        public Key(long procedureId, int number) {
            this.procedureId = procedureId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.procedureId == procedureId && key.number == number;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(procedureId) * 31 + number;
        }
    }
}
