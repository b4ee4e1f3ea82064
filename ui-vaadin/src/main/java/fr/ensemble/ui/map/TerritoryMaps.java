package fr.ensemble.ui.map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.gis.layer.Crs;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerFeatures;
import fr.ensemble.gis.layer.LayerFeatures.Selection;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the map pages share: the layers the viewer may read, the maps drawing them (over the optional basemap
 * of {@code ensemble.gis.basemap-style-url}), the communes' extents and the "zoom to a commune" field.
 */
@Service
public class TerritoryMaps {

    public static final String COMMUNES = "communes";
    public static final String EQUIPMENT = "equipements";
    private static final String INSEE = "insee";
    private static final int MAX_EQUIPMENT_LISTED = 500;
    /** Roughly the nine communes, west, south, east, north: where a map opens when the communes layer is missing. */
    private static final double[] TERRITORY_BOX = {2.38, 48.84, 2.54, 48.92};

    private final LayerCatalogue catalogue;
    private final LayerFeatures features;
    private final TenantRegistry registry;
    private final JsonMapper json;
    private final String basemapStyleUrl;

    TerritoryMaps(LayerCatalogue catalogue, LayerFeatures features, TenantRegistry registry, JsonMapper json,
            @Value("${ensemble.gis.basemap-style-url:}") String basemapStyleUrl) {
        this.catalogue = catalogue;
        this.features = features;
        this.registry = registry;
        this.json = json;
        this.basemapStyleUrl = basemapStyleUrl;
    }

    /** Every layer the current viewer may read, anonymous viewers included. */
    public List<Layer> readableLayers() {
        return catalogue.visibleTo(SecurityContextHolder.getContext().getAuthentication());
    }

    /** @param bounds west, south, east, north in degrees: what the map shows first */
    public MapLibreMap map(List<Layer> layers, Predicate<Layer> initiallyVisible, double[] bounds, String label) {
        return new MapLibreMap(layers.stream().map(layer -> MapLayer.of(layer, initiallyVisible.test(layer))).toList(),
                bounds, label, basemapStyleUrl);
    }

    /** A map of the communes fitted to this one, to place a point on (empty without the communes layer). */
    public Optional<MapLibreMap> placeChooser(Tenant commune) {
        List<Layer> communes = readableLayers().stream().filter(layer -> COMMUNES.equals(layer.id())).toList();
        return extentOf(commune).or(this::territoryExtent)
                .map(extent -> map(communes, layer -> true, extent, "Carte : cliquez pour placer un repère"));
    }

    /**
     * A map of the communes and the given points (a GeoJSON layer), showing first the area given, else the
     * tenant's extent (the whole territory for the territory); clicks place a marker where it has a listener.
     */
    public MapLibreMap pointsMap(Tenant owner, Optional<double[]> area, MapLayer points, String label) {
        List<MapLayer> layers = new ArrayList<>(readableLayers().stream()
                .filter(layer -> COMMUNES.equals(layer.id())).map(layer -> MapLayer.of(layer, true)).toList());
        layers.add(points);
        double[] bounds = area.or(() -> owner.isCommune() ? extentOf(owner) : territoryExtent()).orElse(TERRITORY_BOX);
        return new MapLibreMap(layers, bounds, label, basemapStyleUrl);
    }

    /** The nine communes' extent, west, south, east, north in degrees. */
    public Optional<double[]> territoryExtent() {
        return catalogue.find(COMMUNES).flatMap(features::extent);
    }

    /** The commune's outline's extent, west, south, east, north in degrees. */
    public Optional<double[]> extentOf(Tenant commune) {
        return catalogue.find(COMMUNES).flatMap(communes -> features.extent(communes, byCommune(commune)));
    }

    /** A field choosing one of the communes, which fits the map to it. */
    public ComboBox<Tenant> communeZoom(MapLibreMap map) {
        var field = new ComboBox<Tenant>("Centrer la carte sur une commune", registry.communes());
        field.setItemLabelGenerator(Tenant::name);
        field.setClearButtonVisible(true);
        field.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                extentOf(change.getValue()).ifPresent(map::zoomTo);
            }
        });
        return field;
    }

    /** The names of the commune's equipment in the shared equipment layer, sorted. */
    public List<String> equipmentOf(Tenant commune) {
        return catalogue.find(EQUIPMENT).map(equipment -> features.features(equipment, byCommune(commune), Crs.CRS84,
                        MAX_EQUIPMENT_LISTED, 0).stream()
                .map(feature -> json.readTree(feature.propertiesJson()).path(nameField(equipment)).asString(""))
                .filter(name -> !name.isBlank()).sorted(Collator.getInstance(Locale.FRANCE)).toList())
                .orElse(List.of());
    }

    /** The sources of the layers, as text under a map. */
    public static Paragraph sources(List<Layer> layers) {
        return new Paragraph("Sources : " + layers.stream().map(Layer::attribution).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(" ; ")) + ".");
    }

    private static String nameField(Layer layer) {
        return layer.style().labelField() == null ? "nom" : layer.style().labelField();
    }

    private static Selection byCommune(Tenant commune) {
        return new Selection(null, Map.of(INSEE, commune.inseeCode()));
    }
}
