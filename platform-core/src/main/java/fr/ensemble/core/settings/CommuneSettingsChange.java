package fr.ensemble.core.settings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a commune admin may change in the commune's settings, with the messages shown to them. */
public record CommuneSettingsChange(
        @NotBlank(message = "Indiquez le nom affiché de la commune.")
        @Size(max = 120, message = "Le nom affiché ne peut dépasser 120 caractères.")
        String displayName,
        @NotBlank(message = "Indiquez la couleur principale.")
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "La couleur principale s'écrit #RRVVBB, par exemple #1d4e89.")
        String primaryColor,
        @NotBlank(message = "Indiquez la couleur d'accent.")
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "La couleur d'accent s'écrit #RRVVBB, par exemple #c8102e.")
        String accentColor,
        @Size(max = 500, message = "L'adresse du logo ne peut dépasser 500 caractères.")
        @Pattern(regexp = "(https://\\S+)?", message = "L'adresse du logo doit commencer par https://.")
        String logoUrl,
        @Email(message = "L'adresse e-mail de contact n'est pas valide.")
        @Size(max = 254, message = "L'adresse e-mail de contact est trop longue.")
        String contactEmail,
        @Size(max = 30, message = "Le numéro de téléphone ne peut dépasser 30 caractères.")
        String contactPhone,
        @Size(max = 300, message = "L'adresse postale ne peut dépasser 300 caractères.")
        String postalAddress) {
}
