package fr.ensemble.gis.api;

import static fr.ensemble.gis.api.OgcParameters.integer;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.gis.layer.Crs;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerFeatures;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OGC API – Features, Part 1 core with GeoJSON and HTML, Part 2 "CRS by reference": what QGIS, GDAL and
 * open-data portals read. Anonymous callers see the public layers; a bearer token or a browser session adds the
 * layers of the caller's audiences, and a layer the caller may not read answers as an unknown one. Coordinates
 * in CRS84 unless {@code crs} asks for Lambert-93 or Web Mercator.
 */
@RestController
@RequestMapping("/ogc")
public class OgcFeaturesController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType OPEN_API = MediaType.parseMediaType("application/vnd.oai.openapi+json;version=3.0");
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 10_000;

    private final LayerCatalogue catalogue;
    private final LayerFeatures features;
    private final OgcHtml html;
    private final JsonMapper json;

    public OgcFeaturesController(LayerCatalogue catalogue, LayerFeatures features, OgcHtml html, JsonMapper json) {
        this.catalogue = catalogue;
        this.features = features;
        this.html = html;
        this.json = json;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode landingPage(HttpServletRequest request) {
        ObjectNode landing = json.createObjectNode();
        landing.put("title", "Ensemble — SIG territorial d'Est Ensemble");
        landing.put("description", "Couches géographiques du territoire et des communes, au standard OGC API – Features.");
        ArrayNode links = landing.putArray("links");
        link(links, base(request), "self", "application/json", "Cette page");
        link(links, base(request) + "/api", "service-desc", OPEN_API.toString(), "Description OpenAPI 3 du service");
        link(links, base(request) + "/conformance", "conformance", "application/json", "Classes de conformité");
        link(links, base(request) + "/collections", "data", "application/json", "Couches");
        return landing;
    }

    @GetMapping("/api")
    public ResponseEntity<ObjectNode> openApi(HttpServletRequest request) throws IOException {
        ObjectNode document;
        try (InputStream input = new ClassPathResource("ogc/openapi.json").getInputStream()) {
            document = (ObjectNode) json.readTree(input);
        }
        document.putArray("servers").addObject().put("url", base(request)).put("description", "Ce serveur");
        return ResponseEntity.ok().contentType(OPEN_API).body(document);
    }

    @GetMapping(value = "/conformance", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode conformance() {
        ObjectNode conformance = json.createObjectNode();
        conformance.putArray("conformsTo")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html")
                .add("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
        return conformance;
    }

    @GetMapping(value = "/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode collections(HttpServletRequest request) {
        ObjectNode collections = json.createObjectNode();
        link(collections.putArray("links"), base(request) + "/collections", "self", "application/json", "Couches");
        ArrayNode list = collections.putArray("collections");
        catalogue.visibleTo(caller()).forEach(layer -> list.add(collection(layer, request)));
        return collections;
    }

    @GetMapping(value = "/collections/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode collection(@PathVariable String id, HttpServletRequest request) {
        return collection(layer(id), request);
    }

    @GetMapping("/collections/{id}/items")
    public ResponseEntity<?> items(@PathVariable String id, @RequestParam Map<String, String> query,
            @RequestHeader(name = "Accept", required = false) String accept, HttpServletRequest request) {
        Layer layer = layer(id);
        int pageSize = (int) integer("limit", query.getOrDefault("limit", "" + DEFAULT_LIMIT), 1, MAX_LIMIT);
        long start = integer("offset", query.getOrDefault("offset", "0"), 0, Integer.MAX_VALUE);
        String bbox = query.get("bbox");
        var selection = new LayerFeatures.Selection(
                bbox == null ? null : OgcParameters.bbox(bbox, OgcParameters.crs("bbox-crs", query.get("bbox-crs"))),
                OgcParameters.propertyFilters(layer, query));
        Crs output = OgcParameters.crs("crs", query.get("crs"));
        long matched = features.count(layer, selection);
        List<LayerFeatures.Feature> page = features.features(layer, selection, output, pageSize, start);

        String next = start + page.size() < matched ? page(request, start + pageSize) : null;
        String previous = start > 0 ? page(request, Math.max(0, start - pageSize)) : null;
        if (wantsHtml(query.get("f"), accept)) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                    .body(html.items(layer, page, matched, start, next, previous));
        }
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode list = collection.putArray("features");
        page.forEach(feature -> list.addRawValue(new RawValue(feature.geoJson())));
        collection.put("numberMatched", matched);
        collection.put("numberReturned", page.size());
        collection.put("timeStamp", Instant.now().toString());
        ArrayNode links = collection.putArray("links");
        link(links, page(request, start), "self", GEO_JSON.toString(), "Cette page");
        link(links, ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("f", "html").build().toUriString(),
                "alternate", MediaType.TEXT_HTML_VALUE, "Cette page en HTML");
        if (next != null) {
            link(links, next, "next", GEO_JSON.toString(), "Page suivante");
        }
        if (previous != null) {
            link(links, previous, "prev", GEO_JSON.toString(), "Page précédente");
        }
        return ResponseEntity.ok().contentType(GEO_JSON).header("Content-Crs", "<" + output.uri() + ">").body(collection);
    }

    @GetMapping("/collections/{id}/items/{featureId}")
    public ResponseEntity<?> item(@PathVariable String id, @PathVariable String featureId,
            @RequestParam(required = false) String crs, @RequestParam(required = false) String f,
            @RequestHeader(name = "Accept", required = false) String accept) {
        Layer layer = layer(id);
        long number = integer("featureId", featureId, 1, Long.MAX_VALUE);
        Crs output = OgcParameters.crs("crs", crs);
        LayerFeatures.Feature feature = features.feature(layer, number, output).orElseThrow(() -> ApiProblems.error(
                HttpStatus.NOT_FOUND, "objet-inconnu", "Objet inconnu",
                "La couche « " + layer.collectionId() + " » n'a pas d'objet " + featureId + "."));
        if (wantsHtml(f, accept)) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html.item(layer, feature));
        }
        return ResponseEntity.ok().contentType(GEO_JSON).header("Content-Crs", "<" + output.uri() + ">").body(feature.geoJson());
    }

    private ObjectNode collection(Layer layer, HttpServletRequest request) {
        ObjectNode collection = json.createObjectNode();
        collection.put("id", layer.collectionId());
        collection.put("title", layer.title());
        collection.put("description", layer.description());
        collection.put("itemType", "feature");
        collection.put("attribution", layer.attribution());
        ArrayNode crsList = collection.putArray("crs");
        for (Crs supported : Crs.SUPPORTED) {
            crsList.add(supported.uri());
        }
        collection.put("storageCrs", Crs.LAMBERT_93.uri());
        features.extent(layer).ifPresent(extent -> {
            ObjectNode spatial = collection.putObject("extent").putObject("spatial");
            spatial.put("crs", Crs.CRS84.uri());
            ArrayNode box = spatial.putArray("bbox").addArray();
            for (double value : extent) {
                box.add(value);
            }
        });
        String self = base(request) + "/collections/" + layer.collectionId();
        ArrayNode links = collection.putArray("links");
        link(links, self, "self", "application/json", layer.title());
        link(links, self + "/items", "items", GEO_JSON.toString(), "Objets de la couche");
        link(links, self + "/items?f=html", "items", MediaType.TEXT_HTML_VALUE, "Objets de la couche (HTML)");
        return collection;
    }

    private Layer layer(String id) {
        return catalogue.visible(id, caller()).orElseThrow(() -> unknownLayer(id));
    }

    static Authentication caller() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    static ErrorResponseException unknownLayer(String id) {
        return ApiProblems.error(HttpStatus.NOT_FOUND, "couche-inconnue", "Couche inconnue",
                "Aucune couche accessible ne porte l'identifiant « " + id + " ».");
    }

    /** HTML when asked with {@code f=html}, or by a browser (which accepts HTML and no JSON); JSON otherwise. */
    private static boolean wantsHtml(String format, String accept) {
        if (format != null) {
            if (!format.equals("html") && !format.equals("json")) {
                throw OgcParameters.badRequest("Le paramètre « f » accepte json ou html.");
            }
            return format.equals("html");
        }
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !accept.contains("json");
    }

    private static String page(HttpServletRequest request, long offset) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("offset", offset).build().toUriString();
    }

    private static void link(ArrayNode links, String href, String rel, String type, String title) {
        links.addObject().put("href", href).put("rel", rel).put("type", type).put("title", title);
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).path("/ogc").build().toUriString();
    }
}
