package fr.ensemble.rendezvous.application;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets of private calendar feeds: 32 random bytes, URL-safe. */
final class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedTokens() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
