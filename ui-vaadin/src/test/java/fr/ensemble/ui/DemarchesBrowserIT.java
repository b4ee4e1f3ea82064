package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Alice finds a procedure in Pantin's catalogue, is told field by field what to correct, files her request
 * and gets its tracking number; Pantin's agent moves it on; Alice sees the new status in Mon compte.
 */
@IntegrationTest
class DemarchesBrowserIT extends BrowserTest {

    @Test
    void aResidentFilesARequestThatAnAgentInstructs() throws Exception {
        open("/pantin/demarches");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demarches")));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        input(By.id("recherche-demarche")).sendKeys("élus");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("Permis de végétaliser")));
        browser.findElement(By.linkText("Contacter vos élus")).click();
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formulaire")));
        assertThat(input(By.id("champ-email")).getDomProperty("value")).isEqualTo("alice@example.org");
        browser.findElement(By.id("verifier-demande")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=alert]"), "corrigez"));
        assertThat(browser.findElement(By.id("champ-objet")).getDomAttribute("invalid")).isNotNull();

        input(By.id("champ-objet")).sendKeys("Bancs au parc");
        input(By.id("champ-message"), "textarea").sendKeys("Pourrait-on ajouter des bancs ?");
        browser.findElement(By.xpath("//*[@id='champ-rendez_vous']//vaadin-radio-button[contains(., 'non')]//label")).click();
        browser.findElement(By.id("verifier-demande")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recapitulatif"), "Objet : Bancs au parc"));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        browser.findElement(By.id("envoyer-demande")).click();
        String tracking = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("numero-suivi"))).getText();
        assertThat(tracking).matches("PANTIN-\\d{4}-\\d{6}");

        freshBrowser();
        open("/agent/pantin/demarches");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("boite-demandes"), tracking));
        browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + tracking + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demande-detail")));
        assertThat(browser.findElement(By.id("demande-detail")).getText()).contains("Objet : Bancs au parc");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        browser.findElement(By.xpath("//*[@id='demande-detail']//vaadin-radio-button[contains(., \"En cours d'instruction\")]//label")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#demande-detail vaadin-radio-button[checked]")));
        browser.findElement(By.id("changer-statut")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("demande-detail"), "Statut : En cours d'instruction"));

        freshBrowser();
        open("/compte");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), tracking));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("En cours d'instruction");
        browser.findElement(By.linkText(tracking)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), tracking));
        input(By.id("reponse"), "textarea").sendKeys("Merci beaucoup.");
        browser.findElement(By.id("envoyer-reponse")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "vous : Merci beaucoup."));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
    }

    private WebElement input(By field) {
        return input(field, "input");
    }

    private WebElement input(By field, String tag) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(field)).findElement(By.tagName(tag));
    }
}
