package fr.ensemble.core.identity.resident;

import java.util.List;

/**
 * The cross-tenant port of "Mon compte": each module lists what a resident did in every commune and the
 * territory. Implementations read each tenant with {@code TenantContext.run} on the resident's behalf and
 * return only that resident's items.
 */
public interface ResidentActivitySource {

    List<ResidentActivity> activitiesOf(String subject);

    /** Removes or anonymises the resident's items when their account is deleted. */
    void forget(String subject);
}
