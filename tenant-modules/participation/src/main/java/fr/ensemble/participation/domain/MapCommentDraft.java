package fr.ensemble.participation.domain;

/** What a resident fills in to comment on a concertation map: the point clicked (WGS84), a category, a text. */
public record MapCommentDraft(double longitude, double latitude, String category, String text) {
}
