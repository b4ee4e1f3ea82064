package fr.ensemble.core.identity.resident;

import java.time.LocalDate;

/** What the identity provider says of a resident at login. */
public record ResidentIdentity(String subject, String givenName, String familyName, String email, LocalDate birthDate) {
}
