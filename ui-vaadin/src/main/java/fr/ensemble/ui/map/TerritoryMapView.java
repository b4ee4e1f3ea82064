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
import fr.ensemble.ui.layout.PublicLayout;
import java.util.List;
import java.util.Set;

/**
 * The map of the territory: every layer the viewer may read (an agent's map shows the agents' layers), the
 * communes and the equipment shown first, and the same as text.
 */
@Route(value = "carte", layout = PublicLayout.class)
@PageTitle("Carte du territoire — Ensemble")
@AnonymousAllowed
public class TerritoryMapView extends Div {

    private static final Set<String> SHOWN_FIRST = Set.of(TerritoryMaps.COMMUNES, TerritoryMaps.EQUIPMENT);

    public TerritoryMapView(TerritoryMaps maps, TenantRegistry registry) {
        List<Layer> layers = maps.readableLayers();
        add(new H1("Carte du territoire"), new Paragraph("Les neuf communes d'Est Ensemble et les couches partagées. "
                + "Choisissez les couches affichées ; cliquez sur un objet de la carte pour afficher ses informations."));
        maps.territoryExtent().ifPresent(extent -> {
            var map = maps.map(layers, layer -> SHOWN_FIRST.contains(layer.collectionId()), extent,
                    "Carte des neuf communes d'Est Ensemble");
            map.setId("carte");
            add(maps.communeZoom(map), map);
        });
        var list = new UnorderedList();
        registry.communes().forEach(commune -> list.add(new ListItem(commune.name() + " (INSEE " + commune.inseeCode() + ")")));
        add(new H2("Les communes de la carte"), list, TerritoryMaps.sources(layers));
    }
}
