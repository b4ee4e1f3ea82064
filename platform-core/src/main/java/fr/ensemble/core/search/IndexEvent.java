package fr.ensemble.core.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A document of the current tenant to deliver to the search index, waiting in its outbox. */
@Entity
@Table(name = "search_outbox")
class IndexEvent {

    static final String EVERYTHING = "*";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_type", nullable = false)
    private String documentType;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    protected IndexEvent() {
    }

    IndexEvent(String documentType, String documentId, Instant now) {
        this.documentType = documentType;
        this.documentId = documentId;
        this.queuedAt = now;
        this.nextAttemptAt = now;
    }

    /** Tried again 2 s later, then twice as long after each failure, a minute at most. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        long factor = 1L << Math.min(attempts - 1, 10);
        Duration wait = FIRST_RETRY.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    boolean asksForEverything() {
        return EVERYTHING.equals(documentType);
    }

    Long getId() {
        return id;
    }

    String getDocumentType() {
        return documentType;
    }

    String getDocumentId() {
        return documentId;
    }

    int getAttempts() {
        return attempts;
    }

    String getLastError() {
        return lastError;
    }
}
