package fr.ensemble.ui;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The {@code <ensemble-map>} of a page, read and driven through MapLibre's own API and real clicks. */
final class MapPage {

    private static final String MAP = "const map = document.querySelector('ensemble-map').map;";

    private final ChromeDriver browser;
    private final WebDriverWait wait;

    MapPage(ChromeDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
        wait.until(ExpectedConditions.attributeToBe(By.tagName("ensemble-map"), "data-loaded", "true"));
    }

    Object script(String body, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(MAP + body, arguments);
    }

    /** The value of a property of the features of a style layer drawn on screen. */
    @SuppressWarnings("unchecked")
    List<String> rendered(String styleLayer, String property) {
        return (List<String>) script("return map.queryRenderedFeatures({layers: [arguments[0]]})"
                + ".map(f => String(f.properties[arguments[1]]));", styleLayer, property);
    }

    void waitUntilRendered(String styleLayer, String property, List<String> values) {
        wait.until(driver -> rendered(styleLayer, property).containsAll(values));
    }

    String visibility(String styleLayer) {
        return (String) script("return map.getLayoutProperty(arguments[0], 'visibility') || 'visible';", styleLayer);
    }

    WebElement switcher(String collectionId) {
        return browser.findElement(By.cssSelector("ensemble-map input[type=checkbox][value='" + collectionId + "']"));
    }

    String legend() {
        return browser.findElement(By.className("ensemble-map-legend")).getText();
    }

    /** West, south, east, north of what the map shows. */
    @SuppressWarnings("unchecked")
    List<Number> bounds() {
        return (List<Number>) script("const b = map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];");
    }

    /** A real mouse click where the map draws that position. */
    @SuppressWarnings("unchecked")
    void clickAt(double lon, double lat) {
        var point = (Map<String, Number>) script("map.getCanvas().scrollIntoView({block: 'center'});"
                + "const p = map.project([arguments[0], arguments[1]]);"
                + "const c = map.getCanvas().getBoundingClientRect(); return {x: c.left + p.x, y: c.top + p.y};", lon, lat);
        new Actions(browser).moveToLocation((int) Math.round(point.get("x").doubleValue()),
                (int) Math.round(point.get("y").doubleValue())).click().perform();
    }

    String popup() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("maplibregl-popup-content"))).getText();
    }
}
