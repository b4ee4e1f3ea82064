package fr.ensemble.demarches.domain;

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
 * One action in a request's history: who did what, when, with which comment (or which agent, department or
 * document), and whether the resident sees it.
 */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestAction action;

    /** The request's status code after the action. */
    @Column(nullable = false)
    private String status;

    private String comment;

    @Column(name = "visible_to_resident", nullable = false)
    private boolean visibleToResident;

    protected RequestEvent() {
    }

    public RequestEvent(long requestId, Instant occurredAt, String actor, RequestAction action, String status,
            String comment, boolean visibleToResident) {
        this.requestId = requestId;
        this.action = action;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.status = status;
        this.comment = comment;
        this.visibleToResident = visibleToResident;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public RequestAction getAction() {
        return action;
    }

    public String getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }

    public boolean isVisibleToResident() {
        return visibleToResident;
    }
}
