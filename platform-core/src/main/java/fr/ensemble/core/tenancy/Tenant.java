package fr.ensemble.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the tenant registry, shared by all tenants. */
@Entity
@Table(schema = "territoire", name = "tenant")
public class Tenant {

    @Id
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "insee_code")
    private String inseeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantKind kind;

    protected Tenant() {
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    /** The INSEE code of a commune; {@code null} for the territory. */
    public String getInseeCode() {
        return inseeCode;
    }

    public TenantKind getKind() {
        return kind;
    }

    public boolean isCommune() {
        return kind == TenantKind.COMMUNE;
    }
}
