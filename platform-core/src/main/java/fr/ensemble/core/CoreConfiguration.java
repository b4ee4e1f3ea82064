package fr.ensemble.core;

import fr.ensemble.core.identity.IdentityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Service methods that change data state who may call them ({@code @PreAuthorize}), whatever the caller. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
@EnableMethodSecurity
public class CoreConfiguration {
}
