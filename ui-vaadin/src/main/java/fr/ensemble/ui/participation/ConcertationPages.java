package fr.ensemble.ui.participation;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.ui.map.MapLayer;
import fr.ensemble.ui.map.MapLibreMap;
import fr.ensemble.ui.map.TerritoryMaps;
import java.util.List;

/** The map of a concertation: the communes and its published comments, over its project area. */
final class ConcertationPages {

    static final String COMMENTS_LAYER = "commentaires";

    private ConcertationPages() {
    }

    static MapLibreMap map(TerritoryMaps maps, Tenant tenant, Campaign concertation, String label) {
        var comments = MapLayer.geoJsonPoints(COMMENTS_LAYER, "Commentaires des habitants", "#b34000", "categorie",
                List.of(new MapLayer.Attribute("texte", "Commentaire"), new MapLayer.Attribute("auteur", "Auteur")),
                "api/v1/" + tenant.slug() + "/participation/campaigns/" + concertation.getSlug() + "/comments.geojson");
        MapLibreMap map = maps.pointsMap(tenant, concertation.getMapBounds(), comments, label);
        map.setId("carte-concertation");
        return map;
    }
}
