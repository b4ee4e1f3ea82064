package fr.ensemble.gis.layer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes to the catalogue and to features by those who administer them: the territory's {@code sig-admin}
 * staff for the shared layers, a commune's agents for the commune's. Every change moves the layer's update
 * time, which retires its cached tiles.
 */
@Service
public class LayerEditing {

    private final LayerDatabase database;
    private final LayerCatalogue catalogue;
    private final JsonMapper json;

    LayerEditing(LayerDatabase database, LayerCatalogue catalogue, JsonMapper json) {
        this.database = database;
        this.catalogue = catalogue;
        this.json = json;
    }

    /** @param commune the owning commune's slug, {@code null} for a shared layer */
    @PreAuthorize("@layerAccess.canAdminister(#commune, authentication)")
    public Layer create(String commune, LayerDefinition definition) {
        String schema = database.schema(commune);
        try {
            database.write(commune, jdbc -> jdbc.update("INSERT INTO " + schema + ".layer (id, title, description, "
                    + "geometry_type, audience, attribution, colour, icon, label_field, attributes"
                    + (commune == null ? ", owner_tenant" : "") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb"
                    + (commune == null ? ", '" + Layer.TERRITORY + "'" : "") + ")",
                    definition.id(), definition.title(), definition.description(), definition.geometryType(),
                    definition.audience().name(), definition.attribution(), definition.style().colour(),
                    definition.style().icon(), definition.style().labelField(),
                    json.writeValueAsString(definition.attributes())));
        } catch (DuplicateKeyException e) {
            throw new LayerException("Une couche porte déjà l'identifiant « " + definition.id() + " ».");
        }
        catalogue.changed(commune);
        return catalogue.ownedBy(commune).stream().filter(layer -> layer.id().equals(definition.id())).findFirst()
                .orElseThrow();
    }

    @PreAuthorize("@layerAccess.canAdminister(#layer.commune(), authentication)")
    public void describe(Layer layer, LayerDefinition definition) {
        change(layer, "UPDATE %s.layer SET title = ?, description = ?, audience = ?, attribution = ?, colour = ?, "
                + "icon = ?, label_field = ?, attributes = ?::jsonb WHERE id = ?",
                definition.title(), definition.description(), definition.audience().name(), definition.attribution(),
                definition.style().colour(), definition.style().icon(), definition.style().labelField(),
                json.writeValueAsString(definition.attributes()), layer.id());
    }

    /** Replaces one feature's properties (the attribute table's edit). */
    @PreAuthorize("@layerAccess.canAdminister(#layer.commune(), authentication)")
    public void setProperties(Layer layer, long featureId, Map<String, Object> properties) {
        int updated = database.write(layer.commune(), jdbc -> {
            int rows = jdbc.update("UPDATE " + database.schema(layer.commune())
                    + ".feature SET properties = ?::jsonb WHERE layer_id = ? AND id = ?",
                    json.writeValueAsString(properties), layer.id(), featureId);
            touch(jdbc, layer);
            return rows;
        });
        if (updated == 0) {
            throw new LayerException("L'objet " + featureId + " n'existe plus dans la couche « " + layer.title() + " ».");
        }
        catalogue.changed(layer.commune());
    }

    @PreAuthorize("@layerAccess.canAdminister(#layer.commune(), authentication)")
    public void deleteFeature(Layer layer, long featureId) {
        change(layer, "DELETE FROM %s.feature WHERE layer_id = ? AND id = ?", layer.id(), featureId);
    }

    private void change(Layer layer, String sql, Object... arguments) {
        database.write(layer.commune(), jdbc -> {
            jdbc.update(sql.formatted(database.schema(layer.commune())), arguments);
            touch(jdbc, layer);
            return null;
        });
        catalogue.changed(layer.commune());
    }

    /** Inside the change's transaction, so that the new version and the new features appear together. */
    private void touch(JdbcTemplate jdbc, Layer layer) {
        jdbc.update("UPDATE " + database.schema(layer.commune()) + ".layer SET updated_at = clock_timestamp() WHERE id = ?",
                layer.id());
    }

    /** What defines a layer, apart from its features; checked as it is made, with French reasons. */
    public record LayerDefinition(String id, String title, String description, String geometryType, Audience audience,
            String attribution, LayerStyle style, List<LayerAttribute> attributes) {

        public static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
                "Polygon", "MultiPolygon", "Geometry");
        private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
        private static final Pattern COLOUR = Pattern.compile("^#[0-9a-f]{6}$");

        public LayerDefinition {
            if (id == null || id.length() > 63 || !ID.matcher(id).matches()) {
                throw new LayerException("L'identifiant s'écrit en minuscules sans accents, chiffres et tirets "
                        + "(par exemple « travaux-voirie »), 63 caractères au plus.");
            }
            if (title == null || title.isBlank() || title.length() > 200) {
                throw new LayerException("Le titre est obligatoire (200 caractères au plus).");
            }
            if (!GEOMETRY_TYPES.contains(geometryType)) {
                throw new LayerException("Type de géométrie inconnu : « " + geometryType + " ».");
            }
            if (audience == null) {
                throw new LayerException("Choisissez qui peut voir la couche.");
            }
            if (style == null || style.colour() == null || !COLOUR.matcher(style.colour()).matches()) {
                throw new LayerException("La couleur s'écrit #rrggbb en minuscules (par exemple #1d4f91).");
            }
            attributes = attributes == null ? List.of() : List.copyOf(attributes);
        }
    }
}
