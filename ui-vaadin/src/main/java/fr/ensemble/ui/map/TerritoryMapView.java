package fr.ensemble.ui.map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerFeatures;
import fr.ensemble.ui.layout.PublicLayout;

/** The public map of the territory: the nine communes from the shared GIS, and the same as text. */
@Route(value = "carte", layout = PublicLayout.class)
@PageTitle("Carte du territoire — Ensemble")
@AnonymousAllowed
public class TerritoryMapView extends Div {

    private static final String LAYER = "communes";

    public TerritoryMapView(LayerCatalogue catalogue, LayerFeatures features, TenantRegistry registry) {
        Layer communes = catalogue.find(LAYER).orElseThrow();
        add(new H1("Carte du territoire"),
                new Paragraph("Les neuf communes d'Est Ensemble. Cliquez sur une commune pour afficher son nom."));
        features.extent(communes).ifPresent(extent -> {
            var map = new MapLibreMap(LAYER, extent, "Carte des neuf communes d'Est Ensemble", communes.attribution());
            map.setId("carte");
            add(map);
        });
        var list = new UnorderedList();
        registry.communes().forEach(commune -> list.add(new ListItem(commune.name() + " (INSEE " + commune.inseeCode() + ")")));
        add(new H2("Les communes de la carte"), list,
                new Paragraph("Source : " + communes.attribution() + "."));
    }
}
