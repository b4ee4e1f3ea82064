package fr.ensemble.participation.application;

import fr.ensemble.participation.domain.VoterFacts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A voter's eligibility facts from the shared profile, read inside the tenant's transaction through
 * {@code territoire.resident_eligibility} (a tenant role reads no profile table).
 */
@Component
class ResidentFacts {

    @PersistenceContext
    private EntityManager entityManager;

    Optional<Voter> of(String subject) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT residence_commune, residence_confirmed, birth_date, given_name, family_name, email
                FROM territoire.resident_eligibility(:subject)""").setParameter("subject", subject).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.getFirst();
        var birthDate = row[2] == null ? null : row[2] instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) row[2];
        return Optional.of(new Voter(new VoterFacts((String) row[0], Boolean.TRUE.equals(row[1]), birthDate),
                identityHash((String) row[3], (String) row[4], birthDate), (String) row[5],
                ((row[3] == null ? "" : row[3]) + " " + (row[4] == null ? "" : row[4])).strip()));
    }

    /**
     * The same person whether they vote online or at a polling desk: names folded (accents, case, spaces) and the
     * birth date; {@code null} when one is missing.
     */
    static String identityHash(String givenName, String familyName, java.time.LocalDate birthDate) {
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
