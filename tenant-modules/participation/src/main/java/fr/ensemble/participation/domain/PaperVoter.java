package fr.ensemble.participation.domain;

import java.time.LocalDate;

/**
 * A person at the polling desk, as the agent reads them from their identity card and proof of address.
 *
 * @param residenceCommune the slug of the commune on the proof of address
 */
public record PaperVoter(String givenName, String familyName, LocalDate birthDate, String residenceCommune) {
}
