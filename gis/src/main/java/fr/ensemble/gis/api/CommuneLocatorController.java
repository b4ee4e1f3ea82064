package fr.ensemble.gis.api;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.gis.layer.CommuneLocator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Which commune is this address in?" — for the check of a resident's commune of residence and for apps. */
@RestController
public class CommuneLocatorController {

    private final CommuneLocator locator;

    public CommuneLocatorController(CommuneLocator locator) {
        this.locator = locator;
    }

    @GetMapping("/api/v1/territory/commune")
    public LocatedCommune communeAt(@RequestParam String lon, @RequestParam String lat) {
        double longitude = coordinate("lon", lon, 180);
        double latitude = coordinate("lat", lat, 90);
        return locator.communeAt(longitude, latitude).map(LocatedCommune::of)
                .orElseThrow(() -> ApiProblems.error(HttpStatus.NOT_FOUND, "hors-territoire", "Hors du territoire",
                        "Ce point n'est dans aucune commune d'Est Ensemble."));
    }

    private static double coordinate(String name, String value, double limit) {
        try {
            double number = Double.parseDouble(value);
            if (Math.abs(number) <= limit) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiProblems.error(HttpStatus.BAD_REQUEST, "parametre-invalide", "Paramètre invalide",
                "« " + name + " » attend des degrés décimaux entre -" + (int) limit + " et " + (int) limit + ".");
    }

    public record LocatedCommune(String slug, String name, String inseeCode) {

        static LocatedCommune of(Tenant tenant) {
            return new LocatedCommune(tenant.slug(), tenant.name(), tenant.inseeCode());
        }
    }
}
