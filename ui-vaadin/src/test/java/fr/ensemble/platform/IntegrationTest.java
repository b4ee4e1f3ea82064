package fr.ensemble.platform;

import fr.ensemble.EnsembleApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, against the real services of the local stack ({@code infra/stack}),
 * which the README's test command starts before the tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EnsembleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ensemble.territory.admin-token=" + IntegrationTest.TERRITORY_TOKEN)
public @interface IntegrationTest {

    String TERRITORY_TOKEN = "integration-test-token";
}
