package fr.ensemble.ui.commune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The map's heading reads as French: "Carte des Lilas", not "Carte de Les Lilas". */
class CommuneMapViewTest {

    @Test
    void theCommunesNameFollowsDeAsFrenchWantsIt() {
        assertThat(CommuneMapView.ofCommune("Pantin")).isEqualTo("de Pantin");
        assertThat(CommuneMapView.ofCommune("Les Lilas")).isEqualTo("des Lilas");
        assertThat(CommuneMapView.ofCommune("Le Pré-Saint-Gervais")).isEqualTo("du Pré-Saint-Gervais");
        assertThat(CommuneMapView.ofCommune("Aubervilliers")).isEqualTo("d'Aubervilliers");
        assertThat(CommuneMapView.ofCommune("Noisy-le-Sec")).isEqualTo("de Noisy-le-Sec");
    }
}
