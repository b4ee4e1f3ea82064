package fr.ensemble.gis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerFeatures;
import fr.ensemble.gis.layer.LayerFeatures.Selection;
import fr.ensemble.platform.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The extent of a selection of a layer's features: one commune's outline within the territory's. */
@IntegrationTest
class LayerFeaturesIT {

    /** Pantin's town hall, in CRS84. */
    private static final double LON = 2.4023;
    private static final double LAT = 48.8944;

    @Autowired
    LayerCatalogue catalogue;

    @Autowired
    LayerFeatures features;

    @Test
    void theExtentOfOneCommuneLiesWithinTheTerritorysAndHoldsItsTownHall() {
        Layer communes = catalogue.find("communes").orElseThrow();
        double[] territory = features.extent(communes).orElseThrow();

        double[] pantin = features.extent(communes, new Selection(null, Map.of("insee", "93055"))).orElseThrow();

        assertThat(pantin[0]).isGreaterThanOrEqualTo(territory[0]).isLessThan(LON);
        assertThat(pantin[1]).isGreaterThanOrEqualTo(territory[1]).isLessThan(LAT);
        assertThat(pantin[2]).isLessThanOrEqualTo(territory[2]).isGreaterThan(LON);
        assertThat(pantin[3]).isLessThanOrEqualTo(territory[3]).isGreaterThan(LAT);
        assertThat(pantin[2] - pantin[0]).isLessThan((territory[2] - territory[0]) / 2);
        assertThat(features.extent(communes, new Selection(null, Map.of("insee", "75056")))).isEmpty();
    }
}
