package fr.ensemble.gis.layer;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who reads and who administers which layer. Reading: a public layer, anyone; an {@code AGENTS} layer, the
 * agents of its owner; a {@code TERRITORY_AGENTS} layer, the agents of any tenant and the territory's staff.
 * Administering: a shared layer, the territory's {@code sig-admin} staff; a commune's layer, its agents.
 */
@Component("layerAccess")
public class LayerAccess {

    static final String AGENT = "agent";
    static final String SIG_ADMIN = "sig-admin";

    private final CommuneAccess access;
    private final TenantRegistry registry;

    LayerAccess(CommuneAccess access, TenantRegistry registry) {
        this.access = access;
        this.registry = registry;
    }

    /** The tenants the caller works in right now (live membership), the territory included. */
    Set<String> workplaces(Authentication caller) {
        if (caller == null || !caller.isAuthenticated()) {
            return Set.of();
        }
        return registry.all().stream().map(Tenant::slug)
                .filter(tenant -> access.canWorkIn(caller, tenant, AGENT)).collect(Collectors.toSet());
    }

    boolean canRead(Layer layer, Authentication caller, Set<String> workplaces) {
        return switch (layer.audience()) {
            case PUBLIC -> true;
            case AGENTS -> workplaces.contains(layer.owner()) || layer.isShared() && isSigAdmin(caller);
            case TERRITORY_AGENTS -> !workplaces.isEmpty() || access.hasAnyTerritoryRole(caller);
        };
    }

    /** @param commune a commune's slug, {@code null} for the shared layers */
    public boolean canAdminister(String commune, Authentication caller) {
        return commune == null ? isSigAdmin(caller) : access.canWorkIn(caller, commune, AGENT);
    }

    private boolean isSigAdmin(Authentication caller) {
        return access.hasTerritoryRole(caller, SIG_ADMIN);
    }
}
