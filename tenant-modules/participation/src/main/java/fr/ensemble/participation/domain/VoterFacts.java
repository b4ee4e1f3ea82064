package fr.ensemble.participation.domain;

import java.time.LocalDate;

/**
 * What decides whether a resident may take part, from their profile.
 *
 * @param residenceCommune the slug of the declared commune of residence, or {@code null}
 */
public record VoterFacts(String residenceCommune, boolean residenceConfirmed, LocalDate birthDate) {
}
