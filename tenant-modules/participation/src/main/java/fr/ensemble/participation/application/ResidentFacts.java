package fr.ensemble.participation.application;

import fr.ensemble.participation.domain.VoterFacts;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A voter's eligibility facts from the shared profile, read inside the tenant's transaction through
 * {@code territoire.resident_eligibility} (a tenant role reads no profile table).
 */
@Component
class ResidentFacts {

    private final JdbcTemplate jdbc;

    ResidentFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Plain SQL, as every ballot reads it: on the caller's transaction, whose connection acts as the tenant. */
    Optional<Voter> of(String subject) {
        return jdbc.query("""
                SELECT residence_commune, residence_confirmed, birth_date, given_name, family_name, email
                FROM territoire.resident_eligibility(?)""", (row, index) -> {
            LocalDate birthDate = row.getObject("birth_date", LocalDate.class);
            String givenName = row.getString("given_name");
            String familyName = row.getString("family_name");
            return new Voter(new VoterFacts(row.getString("residence_commune"), row.getBoolean("residence_confirmed"), birthDate),
                    identityHash(givenName, familyName, birthDate), row.getString("email"),
                    ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip());
        }, subject).stream().findFirst();
    }

    /**
     * The same person whether they vote online or at a polling desk: names folded (accents, case, spaces) and the
     * birth date; {@code null} when one is missing.
     */
    static String identityHash(String givenName, String familyName, LocalDate birthDate) {
        if (givenName == null || familyName == null || birthDate == null || givenName.isBlank() || familyName.isBlank()) {
            return null;
        }
        return ReceiptCodes.sha256(fold(familyName) + "|" + fold(givenName) + "|" + birthDate);
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH)
                .replaceAll("[^a-z]", "");
    }

    /** A voter as the register needs them. */
    record Voter(VoterFacts facts, String identityHash, String email, String displayName) {
    }
}
