package fr.ensemble.core.tenancy;

/** A tenant is either one of the communes or the territory (EPT) that groups them. */
public enum TenantKind {
    COMMUNE,
    TERRITORY
}
