package fr.ensemble.core.identity.resident;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a resident may change in "Mon compte", with the messages shown next to each field. */
public record ProfileChange(
        @Size(max = 300, message = "L'adresse ne peut dépasser 300 caractères.")
        String streetAddress,
        @Pattern(regexp = "([0-9]{5})?", message = "Le code postal se compose de 5 chiffres.")
        String postalCode,
        @Size(max = 120, message = "La ville ne peut dépasser 120 caractères.")
        String city,
        @Pattern(regexp = "(\\+?[0-9 .]{10,20})?", message = "Le numéro de téléphone n'est pas valide (par exemple 06 12 34 56 78).")
        String phone,
        String residenceCommune,
        boolean contactByEmail,
        boolean contactBySms) {
}
