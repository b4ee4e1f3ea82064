package fr.ensemble.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak's login page as a person uses it. With organizations enabled it asks for the username first, then
 * for the password on a second page.
 */
final class KeycloakLoginPage {

    private KeycloakLoginPage() {
    }

    static void logIn(WebDriver browser, WebDriverWait wait, String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        if (browser.findElements(By.id("password")).isEmpty()) {
            browser.findElement(By.id("kc-login")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    static boolean isShown(WebDriver browser) {
        return !browser.findElements(By.id("kc-login")).isEmpty();
    }
}
