package fr.ensemble.platform;

import fr.ensemble.EnsembleApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application against the real services of the local stack ({@code infra/stack}), which the README's
 * test command starts before the tests. It listens on the port the local realm's test client
 * {@code ensemble-app-tests} knows (ENSEMBLE_TEST_APP_PORT, 18080), so that browser logins and Keycloak's
 * back-channel logout reach it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EnsembleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=${ENSEMBLE_TEST_APP_PORT:18080}",
                "spring.security.oauth2.client.registration.keycloak.client-id=ensemble-app-tests",
                "spring.security.oauth2.client.registration.keycloak.client-secret=ensemble-tests-local-secret",
                "ensemble.identity.token-clock-skew=0s",
                "ensemble.rendezvous.ants.hub-token=" + IntegrationTest.ANTS_HUB_TOKEN,
                "ensemble.rendezvous.ants.coordination-url=http://127.0.0.1:${ENSEMBLE_TEST_ANTS_PORT:18094}/api",
                "ensemble.rendezvous.ants.coordination-token=" + IntegrationTest.ANTS_COORDINATION_TOKEN,
                "ensemble.rendezvous.ants.send-interval=1s"})
public @interface IntegrationTest {

    /** What the tests send as the ANTS hub, and what the ANTS stand-in expects from the platform. */
    String ANTS_HUB_TOKEN = "local-tests-hub-token";
    String ANTS_COORDINATION_TOKEN = "local-tests-coordination-token";
}
