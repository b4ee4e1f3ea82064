package fr.ensemble.rendezvous.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/** What a resident books: its durations per number of people, its booking window, what to bring. */
@Entity
@Table(name = "appointment_type")
public class AppointmentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentTypeKind kind;

    @Column(name = "first_person_minutes", nullable = false)
    private int firstPersonMinutes;

    @Column(name = "extra_person_minutes", nullable = false)
    private int extraPersonMinutes;

    @Column(name = "max_people", nullable = false)
    private int maxPeople;

    @Column(name = "minimum_notice_minutes", nullable = false)
    private int minimumNoticeMinutes;

    @Column(name = "maximum_advance_days", nullable = false)
    private int maximumAdvanceDays;

    private String documents;

    @Column(nullable = false)
    private boolean active = true;

    /** Offered to the ANTS booking hub (availableTimeSlots) for its CNI, PASSPORT and CNI-PASSPORT reasons. */
    @Column(name = "ants_published", nullable = false)
    private boolean antsPublished;

    protected AppointmentType() {
    }

    public AppointmentType(String slug, String label, AppointmentTypeKind kind, PartyDurations durations,
            BookingWindow window, String documents) {
        this.slug = slug;
        this.label = label;
        this.kind = kind;
        this.documents = documents;
        change(durations, window);
    }

    public void change(PartyDurations durations, BookingWindow window) {
        this.firstPersonMinutes = durations.firstPerson();
        this.extraPersonMinutes = durations.extraPerson();
        this.maxPeople = durations.maxPeople();
        this.minimumNoticeMinutes = (int) window.minimumNotice().toMinutes();
        this.maximumAdvanceDays = (int) window.maximumAdvance().toDays();
    }

    /** What an admin edits besides durations and delays; the slug stays, since booking links carry it. */
    public void describe(String newLabel, AppointmentTypeKind newKind, String newDocuments, boolean published,
            boolean offered) {
        this.label = newLabel;
        this.kind = newKind;
        this.documents = newDocuments;
        this.antsPublished = published;
        this.active = offered;
    }

    public PartyDurations durations() {
        return new PartyDurations(firstPersonMinutes, extraPersonMinutes, maxPeople);
    }

    public BookingWindow window() {
        return new BookingWindow(Duration.ofMinutes(minimumNoticeMinutes), Duration.ofDays(maximumAdvanceDays));
    }

    public boolean isAntsPublished() {
        return antsPublished;
    }

    public boolean needsPreApplicationNumbers() {
        return kind == AppointmentTypeKind.PASSEPORT_CNI;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getLabel() {
        return label;
    }

    public AppointmentTypeKind getKind() {
        return kind;
    }

    public String getDocuments() {
        return documents;
    }

    public boolean isActive() {
        return active;
    }
}
