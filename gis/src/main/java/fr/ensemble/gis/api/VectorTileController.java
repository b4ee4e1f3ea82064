package fr.ensemble.gis.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.SharedLayers;
import fr.ensemble.gis.layer.VectorTiles;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
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

/** Vector tiles of the public shared layers, with their TileJSON, for MapLibre, QGIS and other map clients. */
@RestController
public class VectorTileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
    private static final String PUBLIC = "public";

    private final SharedLayers layers;
    private final VectorTiles tiles;
    private final JsonMapper json;

    public VectorTileController(SharedLayers layers, VectorTiles tiles, JsonMapper json) {
        this.layers = layers;
        this.tiles = tiles;
        this.json = json;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    public ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x,
            @PathVariable String y, @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        Layer found = publicLayer(layer);
        int zoom = coordinate("z", z, VectorTiles.MAX_ZOOM);
        int max = (1 << zoom) - 1;
        VectorTiles.Tile tile = tiles.tile(found, PUBLIC, zoom, coordinate("x", x, max), coordinate("y", y, max));
        CacheControl cache = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
        if (tile.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tile.etag()).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MVT).eTag(tile.etag()).cacheControl(cache).body(tile.bytes());
    }

    @GetMapping(value = "/tiles/{layer}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode tileJson(@PathVariable String layer, HttpServletRequest request) {
        Layer found = publicLayer(layer);
        ObjectNode document = json.createObjectNode();
        document.put("tilejson", "3.0.0");
        document.put("name", found.title());
        document.put("description", found.description());
        document.put("attribution", found.attribution());
        document.put("scheme", "xyz");
        document.putArray("tiles").add(ServletUriComponentsBuilder.fromContextPath(request)
                .path("/tiles/" + found.id()).build().toUriString() + "/{z}/{x}/{y}.mvt");
        document.put("minzoom", 0);
        document.put("maxzoom", VectorTiles.MAX_ZOOM);
        layers.extent(found.id()).ifPresent(extent -> {
            var bounds = document.putArray("bounds");
            for (double value : extent) {
                bounds.add(value);
            }
        });
        document.putArray("vector_layers").addObject().put("id", found.id()).put("description", found.title())
                .putObject("fields");
        return document;
    }

    private Layer publicLayer(String id) {
        return layers.publicLayer(id).orElseThrow(() -> OgcFeaturesController.unknownLayer(id));
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
