package fr.ensemble.core.identity;

import fr.ensemble.core.tenancy.Tenant;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keycloak's admin API through the official admin client, as the service account of the
 * {@code ensemble.identity.admin-client-id} client. A tenant is an organization (alias = slug) and a
 * top-level group of the same name whose subgroups are the roles agents hold in that tenant.
 */
@Component
class KeycloakIdentityAdmin implements IdentityAdmin, DisposableBean {

    /** The roles an agent may hold inside a tenant, as subgroups of the tenant's group. */
    static final List<String> TENANT_ROLES = List.of("agent", "instructeur", "animateur", "admin");

    private final Keycloak keycloak;
    private final String realm;

    KeycloakIdentityAdmin(IdentityProperties identity) {
        this.realm = identity.realm();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(identity.serverUrl())
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(identity.adminClientId())
                .clientSecret(identity.adminClientSecret())
                .build();
    }

    @Override
    public void ensureOrganization(Tenant tenant) {
        RealmResource realmResource = keycloak.realm(realm);
        if (organization(tenant).isEmpty()) {
            var organization = new OrganizationRepresentation();
            organization.setName(tenant.name());
            organization.setAlias(tenant.slug());
            organization.setEnabled(true);
            organization.setDescription(tenant.isCommune() ? "Commune de " + tenant.name() : "Territoire " + tenant.name());
            try (Response response = realmResource.organizations().create(organization)) {
                expectSuccess(response, "create organization " + tenant.slug());
            }
        }
        ensureRoleGroups(realmResource, tenant);
    }

    private void ensureRoleGroups(RealmResource realmResource, Tenant tenant) {
        GroupRepresentation tenantGroup = realmResource.groups().groups(tenant.slug(), true, 0, 1, false).stream()
                .findFirst()
                .orElseGet(() -> {
                    var group = new GroupRepresentation();
                    group.setName(tenant.slug());
                    try (Response response = realmResource.groups().add(group)) {
                        expectSuccess(response, "create group " + tenant.slug());
                        group.setId(createdId(response));
                    }
                    return group;
                });
        var groupResource = realmResource.groups().group(tenantGroup.getId());
        List<String> existing = groupResource.getSubGroups(0, 100, true).stream().map(GroupRepresentation::getName).toList();
        for (String role : TENANT_ROLES) {
            if (!existing.contains(role)) {
                var subgroup = new GroupRepresentation();
                subgroup.setName(role);
                try (Response response = groupResource.subGroup(subgroup)) {
                    expectSuccess(response, "create group /" + tenant.slug() + "/" + role);
                }
            }
        }
    }

    @Override
    public boolean isMember(Tenant tenant, String subject) {
        try {
            return keycloak.realm(realm).organizations().members().getOrganizations(subject, true).stream()
                    .anyMatch(organization -> tenant.slug().equals(organization.getAlias()));
        } catch (NotFoundException unknownUser) {
            return false;
        }
    }

    @Override
    public void deleteUser(String subject) {
        try (Response response = keycloak.realm(realm).users().delete(subject)) {
            if (response.getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                expectSuccess(response, "delete user " + subject);
            }
        }
    }

    private Optional<OrganizationRepresentation> organization(Tenant tenant) {
        // Keycloak searches organizations by name, not alias: list them (one per tenant, a few dozen at most).
        return keycloak.realm(realm).organizations().getAll().stream()
                .filter(organization -> tenant.slug().equals(organization.getAlias()))
                .findFirst();
    }

    private static void expectSuccess(Response response, String action) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            throw new IdentityAdminException("Keycloak refused to " + action + ": HTTP " + response.getStatus()
                    + " " + response.readEntity(String.class));
        }
    }

    private static String createdId(Response response) {
        String path = response.getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void destroy() {
        keycloak.close();
    }
}
