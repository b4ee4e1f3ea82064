package fr.ensemble.core.identity;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reports Keycloak UP when the realm publishes its OIDC discovery document with the expected issuer. */
@Component("keycloak")
public class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final IdentityProperties identity;
    private final RestClient http;

    public KeycloakHealthIndicator(IdentityProperties identity) {
        super("Keycloak health check failed");
        this.identity = identity;
        var requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(TIMEOUT);
        requestFactory.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().requestFactory(requestFactory).build();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<?, ?> discovery = http.get().uri(identity.discoveryDocument()).retrieve().body(Map.class);
        Object issuer = discovery == null ? null : discovery.get("issuer");
        if (identity.issuerUri().toString().equals(issuer)) {
            builder.up().withDetail("issuer", issuer);
        } else {
            builder.down().withDetail("issuer", String.valueOf(issuer)).withDetail("expected", identity.issuerUri());
        }
    }
}
