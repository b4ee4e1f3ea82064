package fr.ensemble.core.identity.access;

import fr.ensemble.core.identity.IdentityAdmin;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/**
 * Who may work inside a tenant: an agent of that tenant holds the tenant role in their token and is, right
 * now, a member of the tenant's organization (checked live, so that removing an agent from the organization
 * takes effect at their next request).
 */
@Service
public class CommuneAccess {

    private final TenantRegistry registry;
    private final IdentityAdmin identityAdmin;

    public CommuneAccess(TenantRegistry registry, IdentityAdmin identityAdmin) {
        this.registry = registry;
        this.identityAdmin = identityAdmin;
    }

    public boolean canWorkIn(Authentication authentication, String tenantSlug, String role) {
        if (authentication == null || !authentication.isAuthenticated() || !hasRole(authentication, tenantSlug, role)) {
            return false;
        }
        Optional<Tenant> tenant = registry.find(tenantSlug);
        Optional<String> subject = subjectOf(authentication);
        return tenant.isPresent() && subject.isPresent() && identityAdmin.isMember(tenant.get(), subject.get());
    }

    /** For services that act on the tenant of the current {@code TenantContext}. */
    public boolean canWorkInCurrentTenant(Authentication authentication, String role) {
        return TenantContext.current().filter(slug -> canWorkIn(authentication, slug, role)).isPresent();
    }

    public boolean hasTerritoryRole(Authentication authentication, String role) {
        return authentication != null && authentication.isAuthenticated()
                && hasRole(authentication, PlatformAuthorities.TERRITORY, role);
    }

    public boolean hasAnyTerritoryRole(Authentication authentication) {
        return PlatformAuthorities.TERRITORY_ROLES.stream().anyMatch(role -> hasTerritoryRole(authentication, role));
    }

    private static boolean hasRole(Authentication authentication, String tenant, String role) {
        String wanted = PlatformAuthorities.of(tenant, role);
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::equals);
    }

    /** The caller's roles in that tenant as their authorities name them (membership is {@link #canWorkIn}'s check). */
    public static Set<String> rolesIn(Authentication authentication, String tenantSlug) {
        String prefix = PlatformAuthorities.of(tenantSlug, "");
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(prefix)).map(authority -> authority.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The login name of a browser login or of a bearer token, for logs that people read. */
    public static String usernameOf(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        String username = switch (principal) {
            case OidcUser user -> user.getPreferredUsername();
            case Jwt jwt -> jwt.getClaimAsString("preferred_username");
            default -> null;
        };
        return username != null ? username : authentication.getName();
    }

    /** The Keycloak subject of a browser login or of a bearer token. */
    public static Optional<String> subjectOf(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        if (principal instanceof OidcUser user) {
            return Optional.ofNullable(user.getSubject());
        }
        if (principal instanceof Jwt jwt) {
            return Optional.ofNullable(jwt.getSubject());
        }
        return Optional.empty();
    }
}
