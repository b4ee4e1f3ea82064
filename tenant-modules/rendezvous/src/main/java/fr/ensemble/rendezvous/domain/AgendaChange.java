package fr.ensemble.rendezvous.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A closure or extra opening of a desk, as stored. */
@Entity
@Table(name = "agenda_change")
public class AgendaChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "desk_id", nullable = false)
    private long deskId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExceptionKind kind;

    @Column(nullable = false)
    private String label;

    protected AgendaChange() {
    }

    public AgendaChange(long deskId, AgendaException exception) {
        this.deskId = deskId;
        this.startsAt = exception.start();
        this.endsAt = exception.end();
        this.kind = exception.kind();
        this.label = exception.label();
    }

    public AgendaException exception() {
        return new AgendaException(startsAt, endsAt, kind, label);
    }

    public Long getId() {
        return id;
    }

    public long getDeskId() {
        return deskId;
    }
}
