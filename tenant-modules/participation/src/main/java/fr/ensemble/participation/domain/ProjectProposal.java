package fr.ensemble.participation.domain;

/**
 * What a resident submits: a project for the participatory budget.
 *
 * @param longitude where it would be, in degrees (WGS84), or {@code null}
 * @param coAuthors the names of the residents who carry it with the author, or {@code null}
 */
public record ProjectProposal(String title, String description, ProjectCategory category, Long estimatedCostCents,
        Double longitude, Double latitude, String coAuthors) {
}
