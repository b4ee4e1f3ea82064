package fr.ensemble.ui.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map of the platform's vector-tile layers, drawn by MapLibre GL JS (Vaadin's own Map component is
 * commercial), with a layer switcher (real checkboxes), a legend and popups listing a clicked feature's
 * attributes under their French labels. It needs no outside basemap: the communes are the base, and an optional
 * MapLibre style URL is drawn under our layers. It is a labelled region (its controls are keyboard-reachable);
 * pages give screen-reader users the same information as text next to it.
 */
@Tag("ensemble-map")
@NpmPackage(value = "maplibre-gl", version = "5.24.1")
@JsModule("./ensemble-map.js")
public class MapLibreMap extends Component implements HasSize {

    /**
     * @param bounds west, south, east, north in degrees (CRS84): what the map shows first
     * @param basemapStyleUrl a MapLibre style drawn under the layers, or empty for none
     */
    public MapLibreMap(List<MapLayer> layers, double[] bounds, String label, String basemapStyleUrl) {
        getElement().setAttribute("layers", JsonMapper.shared().writeValueAsString(layers));
        getElement().setAttribute("bounds", boundsJson(bounds));
        if (basemapStyleUrl != null && !basemapStyleUrl.isBlank()) {
            getElement().setAttribute("basemap", basemapStyleUrl);
        }
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", label);
        getElement().getStyle().set("display", "block");
        setWidthFull();
    }

    /** Fits the map to an extent: west, south, east, north in degrees. */
    public void zoomTo(double[] extent) {
        getElement().callJsFunction("zoomTo", boundsJson(extent));
    }

    /** Lets the user choose a place with a click: one marker, and its longitude and latitude to the listener. */
    public void pickPoints(BiConsumer<Double, Double> listener) {
        getElement().setAttribute("pick-point", true);
        getElement().addEventListener("point-picked", event -> listener.accept(
                event.getEventData().get("event.detail.lon").asDouble(), event.getEventData().get("event.detail.lat").asDouble()))
                .addEventData("event.detail.lon").addEventData("event.detail.lat");
    }

    /** Shows the chosen place's marker; null coordinates remove it. */
    public void showPoint(Double lon, Double lat) {
        getElement().callJsFunction("showPoint", lon, lat);
    }

    /** Reads a GeoJSON layer's points again (after a change the viewer made). */
    public void reload(String layerId) {
        getElement().callJsFunction("reloadGeoJson", layerId);
    }

    private static String boundsJson(double[] bounds) {
        return String.format(Locale.ROOT, "[[%f,%f],[%f,%f]]", bounds[0], bounds[1], bounds[2], bounds[3]);
    }
}
