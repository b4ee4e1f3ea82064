package fr.ensemble.ui.security;

import com.nimbusds.jwt.JWTParser;
import fr.ensemble.core.identity.IdentityProperties;
import fr.ensemble.core.identity.access.PlatformAuthorities;
import fr.ensemble.core.identity.resident.ResidentIdentity;
import fr.ensemble.core.identity.resident.ResidentProfileService;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Turns Keycloak's claims into the platform's authorities ({@link PlatformAuthorities}), for browser logins and
 * bearer tokens alike, and keeps the resident's profile in step with the identity provider at each login.
 */
@Configuration(proxyBeanMethods = false)
class IdentityClaims {

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(ResidentProfileService profiles) {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
            // Keycloak puts realm roles in the access token only.
            Map<String, Object> accessToken = accessTokenClaims(request);
            authorities.addAll(PlatformAuthorities.fromClaims(
                    (Collection<?>) user.getClaims().get("groups"), (Map<?, ?>) accessToken.get("realm_access")));
            profiles.signedIn(new ResidentIdentity(user.getSubject(), user.getGivenName(), user.getFamilyName(),
                    user.getEmail(), birthDate(user.getClaimAsString("birthdate"))));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }

    /** Bearer tokens of the realm: signature, issuer and lifetime (with the configured clock skew) checked. */
    @Bean
    JwtDecoder jwtDecoder(IdentityProperties identity) {
        // Lazy: the keys are fetched at the first token, so a slow Keycloak does not keep the application from starting.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(identity.issuerUri().toString()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtIssuerValidator(identity.issuerUri().toString()),
                new JwtTimestampValidator(identity.tokenClockSkew())));
        return decoder;
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> Set.copyOf(PlatformAuthorities.fromClaims(
                jwt.getClaimAsStringList("groups"), jwt.getClaimAsMap("realm_access"))));
        return converter;
    }

    private static Map<String, Object> accessTokenClaims(OidcUserRequest request) {
        try {
            return JWTParser.parse(request.getAccessToken().getTokenValue()).getJWTClaimsSet().getClaims();
        } catch (ParseException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token"), e);
        }
    }

    private static LocalDate birthDate(String claim) {
        try {
            return claim == null ? null : LocalDate.parse(claim);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
