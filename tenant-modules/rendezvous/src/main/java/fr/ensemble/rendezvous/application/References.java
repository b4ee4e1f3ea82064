package fr.ensemble.rendezvous.application;

import java.security.SecureRandom;

/**
 * References residents can read out at the phone: {@code RDV-} (appointments) or {@code ATL-} (workshop
 * registrations) and 8 letters or digits, no look-alikes.
 */
final class References {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    static String next() {
        return next("RDV-");
    }

    static String next(String prefix) {
        var reference = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
