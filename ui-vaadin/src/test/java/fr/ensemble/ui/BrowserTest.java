package fr.ensemble.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fresh headless Chromium per test, pointed at the application started by {@code @IntegrationTest}. */
abstract class BrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Another person at another computer: a browser with no cookie at all (the identity provider's included). */
    void freshBrowser() throws Exception {
        browser.quit();
        openBrowser();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    void open(String path) {
        browser.get(url(path));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The HTTP status of a page load with the browser's session. */
    int statusOf(String path) throws Exception {
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Picks an item of a {@code vaadin-select}. The list is opened through the element's {@code opened} property,
     * which is idempotent, rather than by a click: in CI a click on the select now and then left the list closed (a
     * grid above it still growing is the likely cause), and clicking again would close a list that did open.
     */
    void choose(By select, String label) {
        By item = By.xpath("//vaadin-select-item[normalize-space(.)=\"" + label + "\"]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(select));
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element = driver.findElement(select);
            boolean opened = "true".equals(element.getDomProperty("opened"));
            if (!opened && element.getText().contains(label)) {
                return true;
            }
            browser.executeScript("arguments[0].opened = true;", element);
            List<WebElement> shown = driver.findElements(item).stream().filter(WebElement::isDisplayed).toList();
            if (!shown.isEmpty()) {
                shown.getFirst().click();
            }
            return false;
        });
    }
}
