package fr.ensemble.gis.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.gis.layer.Crs;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.SharedLayers;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OGC API – Features, Part 1 core with GeoJSON and Part 2 "CRS by reference", for the public shared layers:
 * what QGIS, GDAL and open-data portals read. Coordinates in CRS84 unless {@code crs} asks for Lambert-93 or
 * Web Mercator.
 */
@RestController
@RequestMapping("/ogc")
public class OgcFeaturesController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 10_000;

    private final SharedLayers layers;
    private final JsonMapper json;

    public OgcFeaturesController(SharedLayers layers, JsonMapper json) {
        this.layers = layers;
        this.json = json;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode landingPage(HttpServletRequest request) {
        ObjectNode landing = json.createObjectNode();
        landing.put("title", "Ensemble — SIG territorial d'Est Ensemble");
        landing.put("description", "Couches géographiques partagées du territoire, au standard OGC API – Features.");
        ArrayNode links = landing.putArray("links");
        link(links, base(request), "self", "application/json", "Cette page");
        link(links, base(request) + "/conformance", "conformance", "application/json", "Classes de conformité");
        link(links, base(request) + "/collections", "data", "application/json", "Couches");
        return landing;
    }

    @GetMapping(value = "/conformance", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode conformance() {
        ObjectNode conformance = json.createObjectNode();
        conformance.putArray("conformsTo")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson")
                .add("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
        return conformance;
    }

    @GetMapping(value = "/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode collections(HttpServletRequest request) {
        ObjectNode collections = json.createObjectNode();
        link(collections.putArray("links"), base(request) + "/collections", "self", "application/json", "Couches");
        ArrayNode list = collections.putArray("collections");
        layers.publicLayers().forEach(layer -> list.add(collection(layer, request)));
        return collections;
    }

    @GetMapping(value = "/collections/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode collection(@PathVariable String id, HttpServletRequest request) {
        return collection(layer(id), request);
    }

    @GetMapping("/collections/{id}/items")
    public ResponseEntity<ObjectNode> items(@PathVariable String id,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) String limit,
            @RequestParam(defaultValue = "0") String offset,
            @RequestParam(required = false) String bbox,
            @RequestParam(name = "bbox-crs", required = false) String bboxCrs,
            @RequestParam(required = false) String crs, HttpServletRequest request) {
        Layer layer = layer(id);
        int pageSize = integer("limit", limit, 1, MAX_LIMIT);
        long start = integer("offset", offset, 0, Integer.MAX_VALUE);
        SharedLayers.BoundingBox box = bbox == null ? null : bbox(bbox, crs("bbox-crs", bboxCrs));
        Crs output = crs("crs", crs);
        long matched = layers.count(layer.id(), box);
        List<SharedLayers.Feature> page = layers.features(layer.id(), box, output, pageSize, start);

        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        page.forEach(feature -> features.add(feature(feature)));
        collection.put("numberMatched", matched);
        collection.put("numberReturned", page.size());
        collection.put("timeStamp", Instant.now().toString());
        ArrayNode links = collection.putArray("links");
        String items = base(request) + "/collections/" + layer.id() + "/items?limit=" + pageSize
                + (bbox == null ? "" : "&bbox=" + bbox) + (bboxCrs == null ? "" : "&bbox-crs=" + bboxCrs)
                + (crs == null ? "" : "&crs=" + crs);
        link(links, items + "&offset=" + start, "self", GEO_JSON.toString(), "Cette page");
        if (start + page.size() < matched) {
            link(links, items + "&offset=" + (start + pageSize), "next", GEO_JSON.toString(), "Page suivante");
        }
        if (start > 0) {
            link(links, items + "&offset=" + Math.max(0, start - pageSize), "prev", GEO_JSON.toString(), "Page précédente");
        }
        return ResponseEntity.ok().contentType(GEO_JSON).header("Content-Crs", "<" + output.uri() + ">").body(collection);
    }

    @GetMapping("/collections/{id}/items/{featureId}")
    public ResponseEntity<ObjectNode> item(@PathVariable String id, @PathVariable String featureId,
            @RequestParam(required = false) String crs) {
        Layer layer = layer(id);
        long number = integer("featureId", featureId, 1, Long.MAX_VALUE);
        Crs output = crs("crs", crs);
        SharedLayers.Feature feature = layers.feature(layer.id(), number, output).orElseThrow(() -> ApiProblems.error(
                HttpStatus.NOT_FOUND, "objet-inconnu", "Objet inconnu",
                "La couche « " + layer.id() + " » n'a pas d'objet " + featureId + "."));
        return ResponseEntity.ok().contentType(GEO_JSON).header("Content-Crs", "<" + output.uri() + ">").body(feature(feature));
    }

    private ObjectNode collection(Layer layer, HttpServletRequest request) {
        ObjectNode collection = json.createObjectNode();
        collection.put("id", layer.id());
        collection.put("title", layer.title());
        collection.put("description", layer.description());
        collection.put("itemType", "feature");
        collection.put("attribution", layer.attribution());
        ArrayNode crsList = collection.putArray("crs");
        for (Crs supported : Crs.SUPPORTED) {
            crsList.add(supported.uri());
        }
        collection.put("storageCrs", Crs.LAMBERT_93.uri());
        layers.extent(layer.id()).ifPresent(extent -> {
            ObjectNode spatial = collection.putObject("extent").putObject("spatial");
            spatial.put("crs", Crs.CRS84.uri());
            ArrayNode box = spatial.putArray("bbox").addArray();
            for (double value : extent) {
                box.add(value);
            }
        });
        String self = base(request) + "/collections/" + layer.id();
        ArrayNode links = collection.putArray("links");
        link(links, self, "self", "application/json", layer.title());
        link(links, self + "/items", "items", GEO_JSON.toString(), "Objets de la couche");
        return collection;
    }

    private ObjectNode feature(SharedLayers.Feature feature) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "Feature");
        node.put("id", feature.id());
        node.set("geometry", json.readTree(feature.geometryJson()));
        node.set("properties", json.readTree(feature.propertiesJson()));
        return node;
    }

    private Layer layer(String id) {
        return layers.publicLayer(id).orElseThrow(() -> unknownLayer(id));
    }

    static ErrorResponseException unknownLayer(String id) {
        return ApiProblems.error(HttpStatus.NOT_FOUND, "couche-inconnue", "Couche inconnue",
                "Aucune couche publique ne porte l'identifiant « " + id + " ».");
    }

    private static long integer(String parameter, String value, long min, long max) {
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

    private static int integer(String parameter, String value, int min, int max) {
        return (int) integer(parameter, value, (long) min, max);
    }

    /** {@code minX,minY,maxX,maxY} in the bbox CRS (west, south, east, north). */
    private static SharedLayers.BoundingBox bbox(String value, Crs crs) {
        String[] parts = value.split(",");
        try {
            if (parts.length == 4) {
                double[] box = new double[4];
                for (int i = 0; i < 4; i++) {
                    box[i] = Double.parseDouble(parts[i].strip());
                }
                if (box[0] <= box[2] && box[1] <= box[3]) {
                    return new SharedLayers.BoundingBox(box[0], box[1], box[2], box[3], crs);
                }
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw badRequest("Le paramètre « bbox » attend quatre nombres : ouest,sud,est,nord.");
    }

    private static Crs crs(String parameter, String uri) {
        if (uri == null) {
            return Crs.CRS84;
        }
        return Crs.fromUri(uri).orElseThrow(() -> badRequest("Le paramètre « " + parameter
                + " » accepte " + String.join(", ", Arrays.stream(Crs.SUPPORTED).map(Crs::uri).toList()) + "."));
    }

    private static ErrorResponseException badRequest(String detail) {
        return ApiProblems.error(HttpStatus.BAD_REQUEST, "parametre-invalide", "Paramètre invalide", detail);
    }

    private static void link(ArrayNode links, String href, String rel, String type, String title) {
        links.addObject().put("href", href).put("rel", rel).put("type", type).put("title", title);
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).path("/ogc").build().toUriString();
    }
}
