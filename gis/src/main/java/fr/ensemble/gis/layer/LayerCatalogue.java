package fr.ensemble.gis.layer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every layer of the territory and of the communes, and the ones a caller may read. The catalogue is small
 * and read at every tile, so each owner's list is kept in memory: changes made here drop it at once, and a
 * short expiry bounds what another instance may serve after a change made elsewhere.
 */
@Service
public class LayerCatalogue {

    private static final String SHARED = "";
    private static final TypeReference<List<LayerAttribute>> ATTRIBUTES = new TypeReference<>() {
    };

    private final LayerDatabase database;
    private final TenantRegistry registry;
    private final LayerAccess access;
    private final JsonMapper json;
    private final Cache<String, List<Layer>> byCommune = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    LayerCatalogue(LayerDatabase database, TenantRegistry registry, LayerAccess access, JsonMapper json) {
        this.database = database;
        this.registry = registry;
        this.access = access;
        this.json = json;
    }

    /** The shared layers, then each commune's, in the registry's order. */
    public List<Layer> all() {
        List<Layer> layers = new ArrayList<>(ownedBy(null));
        registry.communes().stream().map(Tenant::slug).forEach(commune -> layers.addAll(ownedBy(commune)));
        return layers;
    }

    /** @param commune a commune's slug, {@code null} for the shared layers */
    public List<Layer> ownedBy(String commune) {
        return byCommune.get(commune == null ? SHARED : commune, key -> load(commune));
    }

    public List<Layer> visibleTo(Authentication caller) {
        Set<String> workplaces = access.workplaces(caller);
        return all().stream().filter(layer -> access.canRead(layer, caller, workplaces)).toList();
    }

    /** The layer of that collection id if the caller may read it: others are indistinguishable from unknown ones. */
    public Optional<Layer> visible(String collectionId, Authentication caller) {
        return find(collectionId).filter(layer -> layer.isPublic()
                || access.canRead(layer, caller, access.workplaces(caller)));
    }

    public Optional<Layer> find(String collectionId) {
        String commune = Layer.communeOf(collectionId);
        if (commune != null && registry.find(commune).filter(Tenant::isCommune).isEmpty()) {
            return Optional.empty();
        }
        return ownedBy(commune).stream().filter(layer -> layer.collectionId().equals(collectionId)).findFirst();
    }

    /**
     * To be called after any change to the owner's layers or features, once the change is committed (this
     * module's services do; SQL run by hand, as the benchmarks do, must too).
     */
    public void changed(String commune) {
        byCommune.invalidate(commune == null ? SHARED : commune);
    }

    private List<Layer> load(String commune) {
        RowMapper<Layer> mapper = (row, number) -> new Layer(row.getString("id"), commune, row.getString("title"),
                row.getString("description"), row.getString("geometry_type"), Audience.valueOf(row.getString("audience")),
                row.getString("attribution"),
                new LayerStyle(row.getString("colour"), row.getString("icon"), row.getString("label_field")),
                json.readValue(row.getString("attributes"), ATTRIBUTES), row.getTimestamp("updated_at").toInstant());
        return List.copyOf(database.read(commune, jdbc -> jdbc.query(
                "SELECT * FROM " + database.schema(commune) + ".layer ORDER BY title, id", mapper)));
    }
}
