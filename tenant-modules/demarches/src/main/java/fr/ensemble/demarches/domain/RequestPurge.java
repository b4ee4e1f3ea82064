package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The log of one retention run that purged requests: counts and dates only, nothing about the persons. */
@Entity
@Table(name = "request_purge")
public class RequestPurge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purged_at", nullable = false)
    private Instant purgedAt;

    @Column(nullable = false)
    private int requests;

    @Column(nullable = false)
    private int files;

    /** The last update of the oldest request purged. */
    @Column(name = "oldest_closed_at", nullable = false)
    private Instant oldestClosedAt;

    protected RequestPurge() {
    }

    public RequestPurge(Instant purgedAt, int requests, int files, Instant oldestClosedAt) {
        this.purgedAt = purgedAt;
        this.requests = requests;
        this.files = files;
        this.oldestClosedAt = oldestClosedAt;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public int getRequests() {
        return requests;
    }

    public int getFiles() {
        return files;
    }

    public Instant getOldestClosedAt() {
        return oldestClosedAt;
    }
}
