package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.ui.map.TerritoryMaps;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The territory map draws the communes and the equipment from our own vector tiles; the layer switcher hides
 * and shows a layer (legend included), the commune field zooms to a commune, and the page stays accessible.
 */
@IntegrationTest
class TerritoryMapBrowserIT extends BrowserTest {

    private static final String EQUIPMENT_TITLE = "Équipements municipaux (exemple)";

    @Autowired
    TerritoryMaps maps;

    @Autowired
    TenantRegistry registry;

    @Test
    void theMapDrawsTheNineCommunesAndTheEquipment() throws Exception {
        open("/carte");
        MapPage map = new MapPage(browser, wait);

        map.waitUntilRendered("communes-surface", "nom", List.of("Pantin", "Montreuil", "Bondy"));
        map.waitUntilRendered("equipements-points", "nom", List.of("Hôtel de ville de Bondy"));
        assertThat(browser.findElement(By.tagName("ensemble-map")).getAttribute("aria-label"))
                .isEqualTo("Carte des neuf communes d'Est Ensemble");
        assertThat(map.legend()).contains("Communes d'Est Ensemble", EQUIPMENT_TITLE);
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
    }

    @Test
    void theSwitcherHidesAndShowsALayer() {
        open("/carte");
        MapPage map = new MapPage(browser, wait);
        map.waitUntilRendered("equipements-points", "nom", List.of("Hôtel de ville de Pantin"));
        assertThat(map.switcher("equipements").isSelected()).isTrue();

        map.switcher("equipements").sendKeys(Keys.SPACE);

        assertThat(map.visibility("equipements-points")).isEqualTo("none");
        wait.until(driver -> map.rendered("equipements-points", "nom").isEmpty());
        assertThat(map.legend()).contains("Communes d'Est Ensemble").doesNotContain(EQUIPMENT_TITLE);
        assertThat(map.visibility("communes-surface")).isEqualTo("visible");

        map.switcher("equipements").click();

        assertThat(map.visibility("equipements-points")).isEqualTo("visible");
        map.waitUntilRendered("equipements-points", "nom", List.of("Hôtel de ville de Pantin"));
        assertThat(map.legend()).contains(EQUIPMENT_TITLE);
    }

    @Test
    void theCommuneFieldZoomsToTheCommune() {
        open("/carte");
        MapPage map = new MapPage(browser, wait);
        double initialWidth = width(map.bounds());
        double[] bondy = maps.extentOf(registry.find("bondy").orElseThrow()).orElseThrow();

        var field = browser.findElement(By.cssSelector("vaadin-combo-box input"));
        field.sendKeys("Bondy");
        // Enter picks the suggestion only once the combo box has it (it may still be loading on a cold start).
        wait.until(driver -> !driver.findElements(By.xpath("//vaadin-combo-box-item[contains(., 'Bondy')]")).isEmpty());
        field.sendKeys(Keys.ENTER);

        wait.until(driver -> {
            List<Number> shown = map.bounds();
            return width(shown) < initialWidth / 2
                    && shown.get(0).doubleValue() <= bondy[0] && shown.get(1).doubleValue() <= bondy[1]
                    && shown.get(2).doubleValue() >= bondy[2] && shown.get(3).doubleValue() >= bondy[3];
        });
    }

    private static double width(List<Number> bounds) {
        return bounds.get(2).doubleValue() - bounds.get(0).doubleValue();
    }
}
