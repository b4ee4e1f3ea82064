package fr.ensemble.core.identity.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The platform's authorities, read from the identity provider's claims: a role inside a tenant comes from
 * the group {@code /<tenant>/<role>} (e.g. {@code pantin:instructeur}); a territory role from the realm role
 * of the same name (e.g. {@code territoire:sig-admin}).
 */
public final class PlatformAuthorities {

    public static final String TERRITORY = "territoire";
    public static final Set<String> TENANT_ROLES = Set.of("agent", "instructeur", "animateur", "admin");
    public static final Set<String> TERRITORY_ROLES = Set.of("sig-admin", "territoire-admin");

    private static final Pattern TENANT_GROUP = Pattern.compile("^/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/([a-z-]+)$");

    private PlatformAuthorities() {
    }

    public static String of(String tenant, String role) {
        return tenant + ":" + role;
    }

    /**
     * @param groups the {@code groups} claim (full group paths)
     * @param realmAccess the {@code realm_access} claim ({@code roles} inside)
     */
    public static Set<GrantedAuthority> fromClaims(Collection<?> groups, Map<?, ?> realmAccess) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        if (groups != null) {
            for (Object group : groups) {
                Matcher matcher = TENANT_GROUP.matcher(String.valueOf(group));
                if (matcher.matches() && TENANT_ROLES.contains(matcher.group(2))) {
                    authorities.add(new SimpleGrantedAuthority(of(matcher.group(1), matcher.group(2))));
                }
            }
        }
        Object roles = realmAccess == null ? null : realmAccess.get("roles");
        if (roles instanceof List<?> list) {
            for (Object role : list) {
                if (TERRITORY_ROLES.contains(String.valueOf(role))) {
                    authorities.add(new SimpleGrantedAuthority(of(TERRITORY, String.valueOf(role))));
                }
            }
        }
        return authorities;
    }
}
