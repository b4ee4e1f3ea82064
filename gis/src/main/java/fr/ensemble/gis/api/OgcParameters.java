package fr.ensemble.gis.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.gis.layer.Crs;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerAttribute;
import fr.ensemble.gis.layer.LayerFeatures;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The query parameters of OGC API Features, read strictly: a wrong value is a 400 that says what is expected. */
final class OgcParameters {

    /** The parameters the standard defines; any other names a property to filter on. */
    static final Set<String> STANDARD = Set.of("f", "limit", "offset", "bbox", "bbox-crs", "crs", "datetime");

    private OgcParameters() {
    }

    static long integer(String parameter, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw badRequest("Le paramètre « " + parameter + " » doit être un entier entre " + min + " et " + max + ".");
    }

    /** {@code minX,minY,maxX,maxY} in the bbox CRS (west, south, east, north). */
    static LayerFeatures.BoundingBox bbox(String value, Crs crs) {
        String[] parts = value.split(",");
        try {
            if (parts.length == 4) {
                double[] box = new double[4];
                for (int i = 0; i < 4; i++) {
                    box[i] = Double.parseDouble(parts[i].strip());
                }
                if (box[0] <= box[2] && box[1] <= box[3]) {
                    return new LayerFeatures.BoundingBox(box[0], box[1], box[2], box[3], crs);
                }
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw badRequest("Le paramètre « bbox » attend quatre nombres : ouest,sud,est,nord.");
    }

    static Crs crs(String parameter, String uri) {
        if (uri == null) {
            return Crs.CRS84;
        }
        return Crs.fromUri(uri).orElseThrow(() -> badRequest("Le paramètre « " + parameter
                + " » accepte " + String.join(", ", Arrays.stream(Crs.SUPPORTED).map(Crs::uri).toList()) + "."));
    }

    /** The property filters among the query parameters: each must name one of the layer's attributes. */
    static Map<String, String> propertyFilters(Layer layer, Map<String, String> query) {
        Set<String> attributes = layer.attributes().stream().map(LayerAttribute::name).collect(Collectors.toSet());
        Map<String, String> filters = new LinkedHashMap<>();
        query.forEach((name, value) -> {
            if (STANDARD.contains(name)) {
                return;
            }
            if (!attributes.contains(name)) {
                throw badRequest("Paramètre inconnu « " + name + " ». On peut filtrer la couche « " + layer.collectionId()
                        + " » sur : " + (attributes.isEmpty() ? "aucune propriété" : String.join(", ", attributes.stream().sorted().toList())) + ".");
            }
            filters.put(name, value);
        });
        return filters;
    }

    static ErrorResponseException badRequest(String detail) {
        return ApiProblems.error(HttpStatus.BAD_REQUEST, "parametre-invalide", "Paramètre invalide", detail);
    }
}
