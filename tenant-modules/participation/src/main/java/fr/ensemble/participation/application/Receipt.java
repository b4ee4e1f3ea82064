package fr.ensemble.participation.application;

import java.time.LocalDate;

/** What a voter gets back: the code with which anyone can check the ballot is counted, and the day. */
public record Receipt(String campaignSlug, String campaignTitle, String code, LocalDate castOn) {
}
