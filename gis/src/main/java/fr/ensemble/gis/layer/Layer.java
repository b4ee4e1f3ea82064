package fr.ensemble.gis.layer;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the layer catalogue. A shared layer lives in the {@code territoire} schema and belongs to the
 * territory; a commune's layer lives in the commune's schema.
 *
 * @param id the layer's slug, unique within its owner
 * @param commune the owning commune's slug, {@code null} for a shared layer
 * @param updatedAt when its features or style last changed (part of the tile cache key)
 */
public record Layer(String id, String commune, String title, String description, String geometryType,
        Audience audience, String attribution, LayerStyle style, List<LayerAttribute> attributes, Instant updatedAt) {

    /** The territory's tenant, owner of the shared layers. */
    public static final String TERRITORY = "est-ensemble";
    private static final String COMMUNE_SEPARATOR = ":";

    /** The id in OGC API and tile URLs: {@code communes} for a shared layer, {@code pantin:travaux} for a commune's. */
    public String collectionId() {
        return commune == null ? id : commune + COMMUNE_SEPARATOR + id;
    }

    /** The tenant whose agents administer the layer. */
    public String owner() {
        return commune == null ? TERRITORY : commune;
    }

    public boolean isShared() {
        return commune == null;
    }

    public boolean isPublic() {
        return audience == Audience.PUBLIC;
    }

    /** The commune's slug in a collection id, or {@code null} for a shared layer's id. */
    static String communeOf(String collectionId) {
        int separator = collectionId.indexOf(COMMUNE_SEPARATOR);
        return separator < 0 ? null : collectionId.substring(0, separator);
    }
}
