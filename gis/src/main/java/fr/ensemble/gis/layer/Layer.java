package fr.ensemble.gis.layer;

/** An entry of the layer catalogue. */
public record Layer(String id, String title, String description, String geometryType, String ownerTenant,
        String audience, String attribution) {

    public boolean isPublic() {
        return "PUBLIC".equals(audience);
    }
}
