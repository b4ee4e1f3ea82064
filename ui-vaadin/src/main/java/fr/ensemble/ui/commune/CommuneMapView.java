package fr.ensemble.ui.commune;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.map.TerritoryMaps;
import java.util.List;

/**
 * A commune's equipment map, zoomed to the commune: the shared layers and the commune's own ones the viewer may
 * read, and the commune's equipment as a text list for those who do not see the map.
 */
@Route(value = ":" + CommuneView.COMMUNE_PARAMETER + "/carte", layout = PublicLayout.class)
@AnonymousAllowed
public class CommuneMapView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final CommuneSettingsService settings;
    private final TerritoryMaps maps;
    private String title = "Carte — Ensemble";

    public CommuneMapView(TenantRegistry registry, CommuneSettingsService settings, TerritoryMaps maps) {
        this.registry = registry;
        this.settings = settings;
        this.maps = maps;
    }

    /** The link to a commune's map from its pages. */
    public static RouterLink link(String text, Tenant commune) {
        return new RouterLink(text, CommuneMapView.class, new RouteParameters(CommuneView.COMMUNE_PARAMETER, commune.slug()));
    }

    /** "de Pantin", "des Lilas", "du Pré-Saint-Gervais": the commune's name after "de". */
    public static String ofCommune(String name) {
        if (name.startsWith("Les ")) {
            return "des " + name.substring("Les ".length());
        }
        if (name.startsWith("Le ")) {
            return "du " + name.substring("Le ".length());
        }
        return "AEIOUÉÈÊÂÎÔ".indexOf(name.charAt(0)) >= 0 ? "d'" + name : "de " + name;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(CommuneView.COMMUNE_PARAMETER).orElseThrow();
        Tenant commune = registry.find(slug).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        CommuneSettings branding = TenantContext.call(commune.slug(), settings::current);
        String name = branding.getDisplayName();
        title = "Carte " + ofCommune(name) + " — Ensemble";
        List<Layer> layers = maps.readableLayers().stream()
                .filter(layer -> layer.isShared() || commune.slug().equals(layer.commune())).toList();
        removeAll();
        add(new CommuneBanner("Carte " + ofCommune(name), branding), new Paragraph("Les équipements " + ofCommune(name)
                + " et les couches de la commune. Choisissez les couches affichées ; cliquez sur un objet de la carte "
                + "pour afficher ses informations."));
        maps.extentOf(commune).or(maps::territoryExtent).ifPresent(extent -> {
            var map = maps.map(layers, layer -> !layer.isShared() || TerritoryMaps.EQUIPMENT.equals(layer.id())
                    || TerritoryMaps.COMMUNES.equals(layer.id()), extent, "Carte " + ofCommune(name));
            map.setId("carte");
            add(maps.communeZoom(map), map);
        });
        add(new H2("Équipements " + ofCommune(name)), equipment(commune), TerritoryMaps.sources(layers),
                new Paragraph(new RouterLink("Retour à la page " + ofCommune(name), CommuneView.class,
                        new RouteParameters(CommuneView.COMMUNE_PARAMETER, commune.slug()))));
    }

    private Div equipment(Tenant commune) {
        List<String> names = maps.equipmentOf(commune);
        var shown = new Div();
        shown.setId("equipements-commune");
        if (names.isEmpty()) {
            shown.add(new Paragraph("Aucun équipement n'est recensé pour cette commune."));
        } else {
            var list = new UnorderedList();
            names.forEach(equipment -> list.add(new ListItem(equipment)));
            shown.add(list);
        }
        return shown;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
