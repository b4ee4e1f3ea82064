package fr.ensemble.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One phase of a campaign, by calendar day (Paris time), both ends included. */
@Embeddable
public class CampaignPhase {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected CampaignPhase() {
    }

    public CampaignPhase(Phase phase, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new CampaignRefusedException("La phase « " + phase.label() + " » finit avant de commencer.");
        }
        this.phase = phase;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
