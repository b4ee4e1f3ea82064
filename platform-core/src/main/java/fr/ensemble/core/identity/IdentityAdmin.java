package fr.ensemble.core.identity;

import fr.ensemble.core.tenancy.Tenant;

/** What the platform asks of the identity provider's administration (Keycloak's admin API). */
public interface IdentityAdmin {

    /** Creates the tenant's organization and its role groups when missing; changes nothing otherwise. */
    void ensureOrganization(Tenant tenant);

    /** Whether the user is, right now, a member of the tenant's organization. */
    boolean isMember(Tenant tenant, String subject);

    /** Deletes the user's account for good. */
    void deleteUser(String subject);
}
