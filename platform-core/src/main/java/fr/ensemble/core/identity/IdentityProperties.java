package fr.ensemble.core.identity;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform's identity provider lives.
 *
 * @param issuerUri the OIDC issuer of the realm, e.g. {@code http://127.0.0.1:8180/realms/est-ensemble}
 */
@ConfigurationProperties("ensemble.identity")
public record IdentityProperties(URI issuerUri) {

    public URI discoveryDocument() {
        return URI.create(issuerUri + "/.well-known/openid-configuration");
    }
}
