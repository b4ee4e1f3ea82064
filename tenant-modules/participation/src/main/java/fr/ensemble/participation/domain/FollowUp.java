package fr.ensemble.participation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a winning project stands, for everyone to see.
 *
 * @param progress from 0 to 100 (%)
 */
public record FollowUp(long optionId, String status, int progress, String committee, List<Milestone> milestones) {

    /** A step of the project with its date. */
    public record Milestone(String title, LocalDate dueOn, boolean done) {
    }
}
