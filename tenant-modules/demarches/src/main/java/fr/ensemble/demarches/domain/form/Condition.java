package fr.ensemble.demarches.domain.form;

import java.util.Collection;
import java.util.Optional;

/**
 * Shows a field only when the answer of an earlier field equals a value: for a MULTIPLE_CHOICE, when
 * it contains the value; for a YES_NO, "oui"/"non" and true/false are the same answers.
 */
public record Condition(String field, String equals) {

    public boolean isMetBy(Object answer) {
        if (answer instanceof Collection<?> chosen) {
            return chosen.stream().anyMatch(this::matches);
        }
        return matches(answer);
    }

    private boolean matches(Object answer) {
        if (answer == null || equals == null) {
            return false;
        }
        Optional<Boolean> yes = YesNo.parse(answer);
        Optional<Boolean> expected = YesNo.parse(equals);
        if (yes.isPresent() && expected.isPresent()) {
            return yes.get().equals(expected.get());
        }
        return String.valueOf(answer).trim().equals(equals.trim());
    }
}
