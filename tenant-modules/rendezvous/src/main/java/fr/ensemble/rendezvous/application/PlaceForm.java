package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import java.util.regex.Pattern;

/**
 * A place as an admin types it. The map point must fall in Île-de-France: a point elsewhere is nearly always a
 * typing slip (longitude and latitude swapped, a sign lost), and the ANTS hub would show it on the wrong map.
 */
public record PlaceForm(String name, String address, String postalCode, String city, Double longitude, Double latitude,
        String accessibility, boolean antsPublished) {

    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final double WEST = 1.4;
    private static final double EAST = 3.6;
    private static final double SOUTH = 48.1;
    private static final double NORTH = 49.3;

    public PlaceForm {
        name = Texts.required(name, 200, "Indiquez le nom du lieu (200 caractères au plus).");
        address = Texts.required(address, 300, "Indiquez l'adresse du lieu (300 caractères au plus).");
        city = Texts.required(city, 100, "Indiquez la ville du lieu (100 caractères au plus).");
        postalCode = postalCode == null ? "" : postalCode.strip();
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new AppointmentRefusedException("Le code postal compte 5 chiffres.");
        }
        if (longitude == null || latitude == null) {
            throw new AppointmentRefusedException("Indiquez la longitude et la latitude du lieu (en degrés décimaux, WGS84).");
        }
        boolean inRegion = longitude >= WEST && longitude <= EAST && latitude >= SOUTH && latitude <= NORTH;
        if (!inRegion) {
            throw new AppointmentRefusedException("Ce point n'est pas en Île-de-France : la longitude va de 1,4 à 3,6 et la "
                    + "latitude de 48,1 à 49,3 (vérifiez qu'elles ne sont pas inversées).");
        }
        accessibility = Texts.optional(accessibility);
    }
}
