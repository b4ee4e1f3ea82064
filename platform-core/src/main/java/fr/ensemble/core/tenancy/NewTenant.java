package fr.ensemble.core.tenancy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A tenant to onboard, as the territory's staff describe it. */
public record NewTenant(
        @NotBlank(message = "Indiquez l'identifiant de la commune (par exemple « pantin »).")
        @Size(max = 40, message = "L'identifiant ne peut dépasser 40 caractères.")
        @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*",
                message = "L'identifiant ne contient que des minuscules sans accent, des chiffres et des tirets simples.")
        String slug,
        @NotBlank(message = "Indiquez le nom officiel de la commune.")
        @Size(max = 120, message = "Le nom ne peut dépasser 120 caractères.")
        String name,
        @Pattern(regexp = "[0-9]{5}", message = "Le code INSEE se compose de 5 chiffres.")
        String inseeCode,
        @NotNull(message = "Indiquez le type : COMMUNE ou TERRITORY.")
        TenantKind kind) {

    @AssertTrue(message = "Une commune a un code INSEE ; le territoire n'en a pas.")
    boolean isInseeCodeConsistentWithKind() {
        return kind == null || (kind == TenantKind.COMMUNE) == (inseeCode != null && !inseeCode.isBlank());
    }

    Tenant toTenant() {
        return new Tenant(slug, name.strip(), inseeCode == null || inseeCode.isBlank() ? null : inseeCode, kind);
    }
}
