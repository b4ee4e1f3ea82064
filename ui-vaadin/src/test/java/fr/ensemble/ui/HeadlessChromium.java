package fr.ensemble.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and ChromeDriver (installed by the README's test command), headless, fresh French profile. */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static ChromeDriver start() throws IOException {
        var options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=fr-FR",
                "--user-data-dir=" + Files.createTempDirectory("ensemble-chromium"));
        // A resident's browser in France: pages that negotiate the language (Keycloak's) answer in French.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
