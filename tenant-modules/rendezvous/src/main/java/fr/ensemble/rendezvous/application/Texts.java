package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import java.text.Normalizer;
import java.util.Locale;

/** Free text typed by an admin: trimmed, required or blank-as-absent, and the slugs derived from it. */
final class Texts {

    private static final int MAX_SLUG = 60;

    private Texts() {
    }

    static String required(String text, int maxLength, String refusal) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new AppointmentRefusedException(refusal);
        }
        return stripped;
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * "Passeport & CNI (mairie)" becomes "passeport-cni-mairie"; a slug must start with a letter, so "3e étage" becomes
     * "{@code fallback}-3e-etage", and a name without letters or digits {@code fallback}.
     */
    static String slugOf(String text, String fallback) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return fallback;
        }
        if (!Character.isLetter(slug.charAt(0))) {
            slug = fallback + "-" + slug;
        }
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
    }
}
