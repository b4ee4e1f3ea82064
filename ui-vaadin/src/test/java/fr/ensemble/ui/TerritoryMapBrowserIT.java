package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public map draws the communes from our own vector tiles, and the page stays accessible. */
@IntegrationTest
class TerritoryMapBrowserIT extends BrowserTest {

    private static final String RENDERED_COMMUNES = """
            const map = document.querySelector('ensemble-map').map;
            return map.queryRenderedFeatures({layers: ['communes-surface']}).map(f => f.properties.nom);
            """;

    @Test
    void theMapDrawsTheNineCommunes() throws Exception {
        open("/carte");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("ensemble-map"), "data-loaded", "true"));

        wait.until(driver -> ((List<?>) ((JavascriptExecutor) driver).executeScript(RENDERED_COMMUNES))
                .containsAll(List.of("Pantin", "Montreuil", "Bondy")));
        assertThat(browser.findElement(By.tagName("ensemble-map")).getAttribute("aria-label"))
                .isEqualTo("Carte des neuf communes d'Est Ensemble");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
    }
}
