package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A commune's agent creates a layer, imports a CSV through the wizard (preview, then import with progress),
 * corrects an attribute in the table; another commune's agent is refused the page.
 */
@IntegrationTest
class GisAdministrationBrowserIT extends BrowserTest {

    @TempDir
    Path folder;

    @BeforeEach
    void noBenchLayer() throws Exception {
        try (Connection superuser = LocalStack.superuser("ensemble")) {
            superuser.createStatement().execute("DELETE FROM t_pantin.layer WHERE id = 'bancs'");
        }
    }

    @Test
    void anAgentCreatesALayerImportsACsvAndCorrectsAnAttribute() throws Exception {
        open("/agent/pantin");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("SIG — couches de la commune"))).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "SIG — Pantin"));

        browser.findElement(By.id("nouvelle-couche")).click();
        type(By.id("couche-identifiant"), "Bancs publics");
        type(By.id("couche-titre"), "Bancs publics");
        browser.findElement(By.id("creer-couche")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=alert]"), "minuscules"));
        WebElement id = browser.findElement(By.id("couche-identifiant")).findElement(By.tagName("input"));
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), "bancs");
        browser.findElement(By.id("creer-couche")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("couche-detail"), "Bancs publics"));
        assertThat(browser.findElement(By.id("couche-detail")).getText()).contains("aucun objet");

        Path csv = Files.writeString(folder.resolve("bancs.csv"),
                "nom;lon;lat\nBanc du canal;2,4093;48,8944\nBanc de la mairie;2,4023;48,8944\n", StandardCharsets.ISO_8859_1);
        browser.findElement(By.id("import-fichier")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(csv.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-apercu"), "Objets importables : 2 sur 2"));
        assertThat(browser.findElement(By.id("import-apercu")).getText()).contains("CSV", "EPSG:4326", "nom (texte)");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        browser.findElement(By.id("import-confirmer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-statut"), "Import terminé : 2 objets importés"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("imports"), "bancs.csv"));
        assertThat(browser.findElement(By.id("imports")).getText()).contains("agent.pantin", "2 ajoutés");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[aria-label^='Modifier']"))).click();
        WebElement cell = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#table-attributaire vaadin-text-field input")));
        cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Banc rénové");
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Enregistrer']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("table-attributaire"), "Banc rénové"));
    }

    @Test
    void anotherCommunesAgentIsRefused() throws Exception {
        open("/agent/bagnolet");
        KeycloakLoginPage.logIn(browser, wait, "agent.bagnolet", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace agent — Bagnolet"));

        assertThat(statusOf("/agent/pantin/sig")).isEqualTo(403);
        assertThat(statusOf("/territoire/sig")).isEqualTo(403);
    }

    private void type(By field, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(field)).findElement(By.tagName("input")).sendKeys(text);
    }
}
