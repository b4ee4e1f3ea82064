package fr.ensemble.gis.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerAttribute;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerFeatures;
import fr.ensemble.gis.layer.VectorTiles;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vector tiles of the layers the caller may read, with their TileJSON, for MapLibre, QGIS and other map
 * clients. Tiles of a public layer may be kept by shared caches; the others only by the caller's browser.
 */
@RestController
public class VectorTileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
    private final LayerCatalogue catalogue;
    private final LayerFeatures features;
    private final VectorTiles tiles;
    private final JsonMapper json;

    public VectorTileController(LayerCatalogue catalogue, LayerFeatures features, VectorTiles tiles, JsonMapper json) {
        this.catalogue = catalogue;
        this.features = features;
        this.tiles = tiles;
        this.json = json;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    public ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x,
            @PathVariable String y, @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        Layer found = visibleLayer(layer);
        int zoom = coordinate("z", z, VectorTiles.MAX_ZOOM);
        int max = (1 << zoom) - 1;
        VectorTiles.Tile tile = tiles.tile(found, zoom, coordinate("x", x, max), coordinate("y", y, max));
        CacheControl cache = found.isPublic() ? CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
                : CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate();
        var response = tile.etag().equals(ifNoneMatch) ? ResponseEntity.status(HttpStatus.NOT_MODIFIED) : ResponseEntity.ok();
        response.eTag(tile.etag()).cacheControl(cache);
        if (!found.isPublic()) {
            response.varyBy(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE);
        }
        return tile.etag().equals(ifNoneMatch) ? response.build() : response.contentType(MVT).body(tile.bytes());
    }

    @GetMapping(value = "/tiles/{layer}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode tileJson(@PathVariable String layer, HttpServletRequest request) {
        Layer found = visibleLayer(layer);
        ObjectNode document = json.createObjectNode();
        document.put("tilejson", "3.0.0");
        document.put("name", found.title());
        document.put("description", found.description());
        document.put("attribution", found.attribution());
        document.put("scheme", "xyz");
        document.putArray("tiles").add(ServletUriComponentsBuilder.fromContextPath(request)
                .path("/tiles/" + found.collectionId()).build().toUriString() + "/{z}/{x}/{y}.mvt");
        document.put("minzoom", 0);
        document.put("maxzoom", VectorTiles.MAX_ZOOM);
        features.extent(found).ifPresent(extent -> {
            var bounds = document.putArray("bounds");
            for (double value : extent) {
                bounds.add(value);
            }
        });
        ObjectNode fields = document.putArray("vector_layers").addObject().put("id", found.collectionId())
                .put("description", found.title()).putObject("fields");
        for (LayerAttribute attribute : found.attributes()) {
            fields.put(attribute.name(), attribute.label());
        }
        return document;
    }

    private Layer visibleLayer(String id) {
        return catalogue.visible(id, OgcFeaturesController.caller()).orElseThrow(() -> OgcFeaturesController.unknownLayer(id));
    }

    private static int coordinate(String name, String value, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 0 && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiProblems.error(HttpStatus.BAD_REQUEST, "tuile-invalide", "Tuile invalide",
                "« " + name + " » doit être un entier entre 0 et " + max + ".");
    }
}
