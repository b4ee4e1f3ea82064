package fr.ensemble.gis.layer;

import java.time.Instant;

/**
 * An entry of the layer catalogue.
 *
 * @param updatedAt when its features last changed (part of the tile cache key)
 */
public record Layer(String id, String title, String description, String geometryType, String ownerTenant,
        String audience, String attribution, Instant updatedAt) {

    public boolean isPublic() {
        return "PUBLIC".equals(audience);
    }
}
