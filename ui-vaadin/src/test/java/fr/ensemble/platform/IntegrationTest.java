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
                "ensemble.identity.token-clock-skew=0s"})
public @interface IntegrationTest {
}
