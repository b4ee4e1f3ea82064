package fr.ensemble.rendezvous.domain;

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
 * A collective session at a place with a number of seats. Seats are taken and freed only while the workshop's row
 * is locked ({@code WorkshopRepository.lock}); the database refuses more seats taken than the capacity.
 */
@Entity
@Table(name = "workshop")
public class Workshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentTypeKind kind;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    private String description;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workshop() {
    }

    public Workshop(String title, AppointmentTypeKind kind, long placeId, TimeSpan span, int capacity,
            String description, String createdBy, Instant now) {
        this.title = title;
        this.kind = kind;
        this.placeId = placeId;
        this.startsAt = span.start();
        this.endsAt = span.end();
        this.capacity = capacity;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Takes the seats if they are all free; otherwise takes nothing. */
    boolean takeSeats(int people) {
        if (people > freeSeats()) {
            return false;
        }
        seatsTaken += people;
        return true;
    }

    void freeSeats(int people) {
        seatsTaken -= people;
    }

    public int freeSeats() {
        return capacity - seatsTaken;
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public AppointmentTypeKind getKind() {
        return kind;
    }

    public long getPlaceId() {
        return placeId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public String getDescription() {
        return description;
    }
}
