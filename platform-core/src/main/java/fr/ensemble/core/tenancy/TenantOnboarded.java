package fr.ensemble.core.tenancy;

/** Published once a new tenant is ready to serve: modules create their own resources for it. */
public record TenantOnboarded(Tenant tenant) {
}
