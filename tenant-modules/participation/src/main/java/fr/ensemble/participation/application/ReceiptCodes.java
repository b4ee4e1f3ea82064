package fr.ensemble.participation.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Receipt codes: {@code 7KQ2-M9XD-4HTB}, 60 bits, derived from the platform's secret key, the tenant, the campaign
 * and the voter. Derived rather than stored, so that the register never holds a code (the ballot holds only its
 * hash): from the database alone no ballot leads to its voter, while the platform can still show the voter
 * their code again (a retried submission, "Mon compte"). The key lives outside the database
 * ({@code ENSEMBLE_PARTICIPATION_SECRET}).
 */
@Component
public class ReceiptCodes {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecretKeySpec key;

    ReceiptCodes(@Value("${ensemble.participation.receipt-secret}") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("ensemble.participation.receipt-secret must hold at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String code(String tenantSlug, long campaignId, String voter) {
        byte[] mac = hmac(tenantSlug + "\n" + campaignId + "\n" + voter);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CROCKFORD[(int) ((bits >>> (59 - 5 * i)) & 31)]);
        }
        return code.toString();
    }

    /** The hash kept with the ballot. A code typed by hand is read leniently (case, spaces, O for 0, I or L for 1). */
    public static String hash(String code) {
        String normalised = code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return sha256(normalised);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
