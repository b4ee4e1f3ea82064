package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message about a request, from an agent or from the resident; an agent's internal note stays in the commune. */
@Entity
@Table(name = "request_message")
public class RequestMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "from_agent", nullable = false)
    private boolean fromAgent;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean internal;

    protected RequestMessage() {
    }

    public RequestMessage(long requestId, Instant sentAt, boolean fromAgent, String author, String body, boolean internal) {
        this.requestId = requestId;
        this.sentAt = sentAt;
        this.fromAgent = fromAgent;
        this.author = author;
        this.body = body;
        this.internal = internal;
    }

    public long getRequestId() {
        return requestId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isFromAgent() {
        return fromAgent;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public boolean isInternal() {
        return internal;
    }
}
