package fr.ensemble.core.tenancy;

/**
 * An entry of the tenant registry: a commune or the territory.
 *
 * @param inseeCode the INSEE code of a commune; {@code null} for the territory
 */
public record Tenant(String slug, String name, String inseeCode, TenantKind kind) {

    public boolean isCommune() {
        return kind == TenantKind.COMMUNE;
    }

    public String schema() {
        return TenantSlug.schemaOf(slug);
    }

    public String role() {
        return TenantSlug.roleOf(slug);
    }
}
