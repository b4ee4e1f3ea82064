package fr.ensemble.rendezvous.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly opening of a desk, as stored. */
@Entity
@Table(name = "desk_hours")
public class DeskHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "desk_id", nullable = false)
    private long deskId;

    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected DeskHours() {
    }

    public DeskHours(long deskId, WeeklyOpening opening) {
        this.deskId = deskId;
        this.dayOfWeek = (short) opening.day().getValue();
        this.opensAt = opening.from();
        this.closesAt = opening.to();
    }

    public WeeklyOpening opening() {
        return new WeeklyOpening(DayOfWeek.of(dayOfWeek), opensAt, closesAt);
    }

    public Long getId() {
        return id;
    }

    public long getDeskId() {
        return deskId;
    }
}
