package fr.ensemble.core.identity.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One consent given or withdrawn, with the wording the resident saw; never updated, only appended. */
@Entity
@Table(schema = "territoire", name = "resident_consent")
public class ResidentConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private String wording;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ResidentConsent() {
    }

    ResidentConsent(String subject, ConsentPurpose purpose, boolean granted) {
        this.subject = subject;
        this.purpose = purpose.id();
        this.wording = purpose.wording();
        this.granted = granted;
        this.recordedAt = Instant.now();
    }

    public String getPurpose() {
        return purpose;
    }

    public String getWording() {
        return wording;
    }

    public boolean isGranted() {
        return granted;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
