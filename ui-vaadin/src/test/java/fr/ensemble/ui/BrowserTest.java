package fr.ensemble.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
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
}
