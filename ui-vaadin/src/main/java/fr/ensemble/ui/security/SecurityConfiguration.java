package fr.ensemble.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.identity.access.PlatformAuthorities;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains. The HTTP API takes bearer tokens (401 without one, 403 outside one's rights). The
 * browser logs in through Keycloak (authorization code with PKCE), logs out there too (RP-initiated), and is
 * logged out when Keycloak says so (back-channel). Back-office URLs of a commune require an agent of that
 * commune; views check the same rules when reached by in-app navigation.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String AGENT = "agent";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CommuneAccess access, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/agent/{commune}/**")
                        .access((authentication, context) -> agentOf(access, authentication, context))
                        .requestMatchers("/api/v1/territory/tenants/**")
                        .hasAuthority(PlatformAuthorities.of(PlatformAuthorities.TERRITORY, "territoire-admin"))
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * The GIS read endpoints answer everyone, and show more to a caller who brings a bearer token (QGIS, GDAL)
     * or a browser session (the platform's own maps): the session is read here but never created.
     */
    @Bean
    @Order(2)
    SecurityFilterChain gis(HttpSecurity http, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        return http.securityMatcher("/ogc/**", "/tiles/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems.unauthorized()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain browser(HttpSecurity http, CommuneAccess access) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/agent/{commune}/**")
                .access((authentication, context) -> agentOf(access, authentication, context))
                .requestMatchers("/territoire/**").access((authentication, context) -> new AuthorizationDecision(
                        access.hasAnyTerritoryRole(authentication.get())))
                .requestMatchers("/compte/**").authenticated()
                .requestMatchers("/actuator/health/**", "/actuator/info", "/acces-refuse.html").permitAll());
        http.exceptionHandling(errors -> errors.accessDeniedHandler(new AccessDeniedPage()));
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/keycloak", "{baseUrl}"));
        return http.build();
    }

    private static AuthorizationDecision agentOf(CommuneAccess access, Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        return new AuthorizationDecision(access.canWorkIn(authentication.get(), context.getVariables().get("commune"), AGENT));
    }

    /**
     * Nothing collects traces: observing each of Spring Security's filters, its authentications and authorizations
     * would only cost every API request time. The requests' own metrics (tagged with the tenant) stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Back-channel logout finds the session of a login through this event publisher (session id changes). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
