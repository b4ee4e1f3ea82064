package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Alice finds a procedure in Pantin's catalogue, is told field by field what to correct, leaves and finds her
 * draft again, files her request and gets its tracking number, receipt and e-mail; Pantin's agent moves it on;
 * Alice sees the new status in Mon compte. A newcomer signs up without an account; an admin organises departments.
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
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("brouillon"), "Brouillon enregistré"));

        open("/pantin/demarches/contacter-elus");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("brouillon"), "Nous avons repris votre brouillon"));
        assertThat(input(By.id("champ-objet")).getDomProperty("value")).as("resumed").isEqualTo("Bancs au parc");
        assertThat(input(By.id("champ-message"), "textarea").getDomProperty("value")).isEqualTo("Pourrait-on ajouter des bancs ?");
        browser.findElement(By.id("verifier-demande")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recapitulatif"), "Objet : Bancs au parc"));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        browser.findElement(By.id("envoyer-demande")).click();
        String tracking = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("numero-suivi"))).getText();
        assertThat(tracking).matches("PANTIN-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("accuse-reception")).getDomAttribute("href")).isNotBlank();
        assertThat(LocalStack.awaitMailAbout("alice@example.org", tracking).subject()).contains("bien reçue");

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
        assertThat(LocalStack.awaitMailAbout("alice@example.org", tracking + " : En cours").text()).contains(tracking);

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

    @Test
    void aResidentPlacesHerGreeningProjectOnTheMapAndFindsItInHerDraft() throws Exception {
        open("/pantin/demarches/permis-vegetaliser");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#carte-adresse[data-loaded]")));
        new Actions(browser).moveToElement(map.findElement(By.cssSelector("canvas"))).click().perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("champ-adresse"), "Repère placé : latitude 48,"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("brouillon"), "Brouillon enregistré"));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        open("/pantin/demarches/permis-vegetaliser");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("brouillon"), "Nous avons repris votre brouillon"));
        assertThat(browser.findElement(By.id("champ-adresse")).getText()).contains("Repère placé : latitude 48,");
    }

    @Test
    void aNewResidentSignsUpForTheCeremonyWithoutAnAccount() throws Exception {
        String email = "nouvelle.habitante." + UUID.randomUUID() + "@example.org";
        open("/pantin/demarches");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demarches")));
        browser.findElement(By.xpath("//article[contains(., 'nouveaux habitants')]//a[contains(., 'sans compte')]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formulaire")));
        input(By.id("champ-nom")).sendKeys("Diallo");
        input(By.id("champ-prenom")).sendKeys("Awa");
        input(By.id("champ-email")).sendKeys(email);
        input(By.id("champ-personnes")).sendKeys("2");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        browser.findElement(By.id("verifier-demande")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recapitulatif")));
        browser.findElement(By.id("envoyer-demande")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lien-envoye"), email));

        Matcher link = Pattern.compile("https?://\\S+(/pantin/demarches/confirmation/\\S+)")
                .matcher(LocalStack.awaitMailAbout(email, "Confirmez").text());
        assertThat(link.find()).isTrue();
        open(link.group(1));
        String tracking = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("numero-suivi"))).getText();
        assertThat(tracking).matches("PANTIN-\\d{4}-\\d{6}");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
    }

    @Test
    void aCommuneAdminAddsADepartmentOnTheOrganisationPage() throws Exception {
        String department = "Service test " + UUID.randomUUID().toString().substring(0, 8);
        open("/agent/pantin/demarches/organisation");
        KeycloakLoginPage.logIn(browser, wait, "admin.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("services"), "Cabinet du maire"));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        input(By.id("nouveau-service")).sendKeys(department);
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Ajouter le service')]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("services"), department));

        freshBrowser();
        open("/agent/bagnolet/demarches");
        KeycloakLoginPage.logIn(browser, wait, "agent.bagnolet", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("boite-demandes")));
        for (String pantin : List.of("/agent/pantin/demarches", "/agent/pantin/demarches/organisation",
                "/agent/pantin/demarches/formulaires")) {
            assertThat(statusOf(pantin)).as(pantin).isEqualTo(403);
        }
    }

    private WebElement input(By field) {
        return input(field, "input");
    }

    private WebElement input(By field, String tag) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(field)).findElement(By.tagName(tag));
    }
}
