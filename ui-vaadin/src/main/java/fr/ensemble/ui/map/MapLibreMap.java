package fr.ensemble.ui.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Locale;

/**
 * A map of one of the platform's vector-tile layers, drawn by MapLibre GL JS (Vaadin's own Map component is
 * commercial). It needs no outside basemap. It is a labelled region (its zoom buttons are keyboard-reachable);
 * pages give screen-reader users the same information as text next to it.
 */
@Tag("ensemble-map")
@NpmPackage(value = "maplibre-gl", version = "5.24.1")
@JsModule("./ensemble-map.js")
public class MapLibreMap extends Component implements HasSize {

    /**
     * @param bounds west, south, east, north in degrees (CRS84)
     */
    public MapLibreMap(String layer, double[] bounds, String label, String attribution) {
        getElement().setAttribute("layer", layer);
        getElement().setAttribute("bounds", String.format(Locale.ROOT, "[[%f,%f],[%f,%f]]",
                bounds[0], bounds[1], bounds[2], bounds[3]));
        getElement().setAttribute("attribution", attribution == null ? "" : attribution);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", label);
        getElement().getStyle().set("display", "block").set("position", "relative");
        setWidthFull();
        setHeight("32rem");
    }
}
