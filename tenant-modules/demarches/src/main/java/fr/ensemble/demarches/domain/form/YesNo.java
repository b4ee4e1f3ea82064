package fr.ensemble.demarches.domain.form;

import java.util.Locale;
import java.util.Optional;

/** A yes/no answer as a browser sends it: a checkbox's Boolean, "oui"/"non" or "true"/"false". */
final class YesNo {

    private YesNo() {
    }

    static Optional<Boolean> parse(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "oui", "true" -> Optional.of(true);
            case "non", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
