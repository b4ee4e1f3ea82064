package fr.ensemble.core.identity.resident;

import fr.ensemble.core.tenancy.Tenant;
import java.util.Optional;

/** Port: which commune of the territory a position lies in (the shared GIS answers it). */
public interface ResidenceLocator {

    /** The commune containing the WGS84 point, empty outside the territory. */
    Optional<Tenant> communeAt(double longitude, double latitude);
}
