package fr.ensemble.rendezvous.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The link in the confirmation e-mail that cancels or moves an appointment without logging in: it carries a
 * signature of the commune and the reference (HMAC-SHA256 with the platform's secret), so that nobody can forge
 * one for someone else's appointment and nothing needs storing.
 */
@Component
public class AppointmentLinks {

    private final byte[] secret;
    private final String publicUrl;

    AppointmentLinks(@Value("${ensemble.rendezvous.link-secret}") String secret,
            @Value("${ensemble.public-url}") String publicUrl) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String manageUrl(String tenantSlug, String reference) {
        return publicUrl + "/" + tenantSlug + "/rendez-vous/gerer/" + reference + "?jeton=" + token(tenantSlug, reference);
    }

    /** The commune's booking page, where its workshops are listed too. */
    public String bookingPageUrl(String tenantSlug) {
        return publicUrl + "/" + tenantSlug + "/rendez-vous";
    }

    /** The page of a workshop registration; its references ({@code ATL-}) never equal an appointment's. */
    public String registrationUrl(String tenantSlug, String reference) {
        return publicUrl + "/" + tenantSlug + "/rendez-vous/ateliers/" + reference + "?jeton=" + token(tenantSlug, reference);
    }

    public String token(String tenantSlug, String reference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal((tenantSlug + "/" + reference).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public boolean isValid(String tenantSlug, String reference, String token) {
        return token != null && MessageDigest.isEqual(token(tenantSlug, reference).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
