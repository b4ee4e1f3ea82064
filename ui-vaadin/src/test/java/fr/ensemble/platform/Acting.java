package fr.ensemble.platform;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Runs service calls as a given person, the way a bearer-token request would present them. */
public final class Acting {

    private Acting() {
    }

    /** As a demo account of the local realm (its real Keycloak subject), with the given authorities. */
    public static <T> T as(String username, List<String> authorities, Supplier<T> work) {
        return within(() -> becomeUser(username, authorities), work);
    }

    public static void as(String username, List<String> authorities, Runnable work) {
        as(username, authorities, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T asSubject(String subject, List<String> authorities, Supplier<T> work) {
        return within(() -> become(subject, authorities), work);
    }

    private static <T> T within(Runnable identity, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        identity.run();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** From now on, this thread acts as that demo account, until {@link #reset()}. */
    public static void becomeUser(String username, List<String> authorities) {
        become(KeycloakRealm.user(username).getId(), username, authorities);
    }

    /** From now on, this thread acts as that person, until {@link #reset()}. */
    public static void become(String subject, List<String> authorities) {
        become(subject, null, authorities);
    }

    private static void become(String subject, String username, List<String> authorities) {
        var builder = Jwt.withTokenValue("test").header("alg", "none").subject(subject);
        if (username != null) {
            builder.claim("preferred_username", username);
        }
        Jwt jwt = builder.build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new JwtAuthenticationToken(jwt,
                authorities.stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
    }

    public static void reset() {
        SecurityContextHolder.clearContext();
    }

    public static final List<String> PANTIN_ADMIN = List.of("pantin:agent", "pantin:admin");
    public static final List<String> TERRITORY_ADMIN = List.of("territoire:territoire-admin");
}
