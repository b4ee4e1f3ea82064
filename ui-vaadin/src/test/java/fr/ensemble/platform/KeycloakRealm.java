package fr.ensemble.platform;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** The local realm, administered by tests as the local stack's Keycloak administrator (admin/admin). */
public final class KeycloakRealm {

    private static final Keycloak ADMIN = KeycloakBuilder.builder()
            .serverUrl(Tokens.issuer().replace("/realms/est-ensemble", ""))
            .realm("master")
            .grantType(OAuth2Constants.PASSWORD)
            .clientId("admin-cli")
            .username("admin")
            .password("admin")
            .build();

    private KeycloakRealm() {
    }

    public static RealmResource realm() {
        return realm("est-ensemble");
    }

    public static RealmResource realm(String name) {
        return ADMIN.realm(name);
    }

    public static UserRepresentation user(String username) {
        return realm().users().searchByUsername(username, true).getFirst();
    }

    public static OrganizationRepresentation organization(String alias) {
        return realm().organizations().getAll().stream()
                .filter(organization -> alias.equals(organization.getAlias()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organization " + alias));
    }

    public static boolean hasOrganization(String alias) {
        return realm().organizations().getAll().stream().anyMatch(organization -> alias.equals(organization.getAlias()));
    }
}
