package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A commune's map: reached from the commune's page, zoomed to it, its equipment listed as text, popups with the
 * attributes' French labels, a 404 for an unknown commune, and no accessibility violation.
 */
@IntegrationTest
class CommuneMapBrowserIT extends BrowserTest {

    /** Pantin's town hall in the sample equipment layer. */
    private static final double TOWN_HALL_LON = 2.4023;
    private static final double TOWN_HALL_LAT = 48.8944;
    private static final double BONDY_TOWN_HALL_LON = 2.4829;

    @Test
    void pantinsMapListsItsEquipmentAndIsReachedFromItsPage() throws Exception {
        open("/pantin");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.linkText("Carte de Pantin : équipements et couches de la commune"))).click();
        wait.until(driver -> driver.getCurrentUrl().endsWith("/pantin/carte"));
        MapPage map = new MapPage(browser, wait);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Carte de Pantin");
        assertThat(browser.getTitle()).isEqualTo("Carte de Pantin — Ensemble");
        assertThat(browser.findElement(By.id("equipements-commune")).getText())
                .contains("Gymnase de Pantin", "Hôtel de ville de Pantin", "Médiathèque de Pantin")
                .doesNotContain("Bondy", "Montreuil");
        map.waitUntilRendered("equipements-points", "nom", List.of("Hôtel de ville de Pantin"));
        List<Number> bounds = map.bounds();
        assertThat(bounds.get(0).doubleValue()).isLessThan(TOWN_HALL_LON);
        assertThat(bounds.get(2).doubleValue()).isGreaterThan(TOWN_HALL_LON);
        assertThat(bounds.get(2).doubleValue()).as("zoomed to Pantin: Bondy's town hall is out of sight")
                .isLessThan(BONDY_TOWN_HALL_LON);
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
    }

    @Test
    void aClickShowsTheFeaturesAttributesUnderTheirFrenchLabels() throws Exception {
        open("/pantin/carte");
        MapPage map = new MapPage(browser, wait);
        map.waitUntilRendered("equipements-points", "nom", List.of("Hôtel de ville de Pantin"));

        map.clickAt(TOWN_HALL_LON, TOWN_HALL_LAT);

        assertThat(map.popup()).contains("Hôtel de ville de Pantin", "Type", "mairie", "Code INSEE", "93055",
                "Donnée d'exemple", "oui");
        assertThat(AccessibilityAudit.violations(browser)).as("with the popup open").isEmpty();
    }

    @Test
    void anUnknownCommuneHasNoMap() throws Exception {
        open("/pantin/carte");

        assertThat(statusOf("/xyz/carte")).isEqualTo(404);
        assertThat(statusOf("/est-ensemble/carte")).as("the territory's map is /carte").isEqualTo(404);
        assertThat(statusOf("/pantin/carte")).isEqualTo(200);
    }
}
