package fr.ensemble.core.identity;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform's identity provider lives and how the platform administers it.
 *
 * @param issuerUri the OIDC issuer of the realm, e.g. {@code http://127.0.0.1:8180/realms/est-ensemble}
 * @param adminClientId a confidential client of that realm whose service account manages users, groups and
 *     organizations
 * @param adminClientSecret its secret
 * @param tokenClockSkew how far past its expiry a bearer token is still accepted (clocks drift)
 */
@ConfigurationProperties("ensemble.identity")
public record IdentityProperties(URI issuerUri, String adminClientId, String adminClientSecret,
        @DefaultValue("60s") Duration tokenClockSkew) {

    private static final String REALMS = "/realms/";

    public URI discoveryDocument() {
        return URI.create(issuerUri + "/.well-known/openid-configuration");
    }

    /** The Keycloak server's base URL, e.g. {@code http://127.0.0.1:8180}. */
    public String serverUrl() {
        String issuer = issuerUri.toString();
        return issuer.substring(0, issuer.indexOf(REALMS));
    }

    public String realm() {
        String issuer = issuerUri.toString();
        return issuer.substring(issuer.indexOf(REALMS) + REALMS.length());
    }
}
