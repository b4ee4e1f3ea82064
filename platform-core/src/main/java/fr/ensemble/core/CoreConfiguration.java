package fr.ensemble.core;

import fr.ensemble.core.identity.IdentityProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Service methods that change data state who may call them ({@code @PreAuthorize}), whatever the caller;
 * background work (the mail outbox) runs on Spring's scheduler; time comes from one clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
@EnableMethodSecurity
@EnableScheduling
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
