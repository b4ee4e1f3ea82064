package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pantin's admin opens an agenda in Chromium from the planning's link: a type, a place (a swapped map point
 * explained first) and a desk serving the type, with axe audits; Pantin's agent and Bagnolet's agent get 403.
 */
@IntegrationTest
class AgendaSetupBrowserIT extends BrowserTest {

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String typeLabel = "Titre de séjour " + suffix;
    private final String placeName = "Mairie annexe " + suffix;

    @AfterEach
    void removeWhatWasCreated() throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble"); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM t_pantin.desk WHERE place_id IN (SELECT id FROM t_pantin.place WHERE name = '"
                    + placeName + "')");
            statement.execute("DELETE FROM t_pantin.place WHERE name = '" + placeName + "'");
            statement.execute("DELETE FROM t_pantin.appointment_type WHERE label = '" + typeLabel + "'");
        }
    }

    @Test
    void pantinsAdminOpensAnAgendaFromThePage() throws Exception {
        open("/agent/pantin/rendez-vous");
        KeycloakLoginPage.logIn(browser, wait, "admin.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Lieux, guichets et types"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lieux")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lieux, guichets et types de rendez-vous — Pantin");
        assertThat(AccessibilityAudit.violations(browser)).as("set-up page").isEmpty();

        type(By.id("type-libelle"), typeLabel);
        browser.findElement(By.id("type-enregistrer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-types"), "Type « " + typeLabel + " » enregistré."));
        assertThat(browser.findElement(By.id("types")).getText()).contains(typeLabel, "20 min + 10 min par personne en plus");

        browser.findElement(By.id("lieu-nouveau")).click();
        type(By.id("lieu-nom"), placeName);
        type(By.id("lieu-adresse"), "12 rue Hoche");
        type(By.id("lieu-code-postal"), "93500");
        type(By.id("lieu-ville"), "Pantin");
        type(By.id("lieu-longitude"), "48.89");
        type(By.id("lieu-latitude"), "2.41");
        browser.findElement(By.id("lieu-enregistrer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-lieux"), "n'est pas en Île-de-France"));
        retype(By.id("lieu-longitude"), "2,41");
        retype(By.id("lieu-latitude"), "48,89");
        browser.findElement(By.cssSelector("#lieu-ants label")).click();
        browser.findElement(By.id("lieu-enregistrer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-lieux"), "Lieu « " + placeName + " » enregistré."));
        assertThat(browser.findElement(By.id("lieux")).getText()).contains(placeName, "12 rue Hoche, 93500 Pantin");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guichets"), "Ce lieu n'a pas encore de guichet"));
        type(By.id("guichet-nom"), "Guichet 1");
        browser.findElement(By.xpath("//vaadin-checkbox-group[@id='guichet-types']//vaadin-checkbox[contains(., '"
                + typeLabel + "')]//label")).click();
        browser.findElement(By.id("guichet-enregistrer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-guichets"), "Guichet « Guichet 1 » enregistré."));
        assertThat(browser.findElement(By.id("guichets")).getText()).contains("Guichet 1", typeLabel, "Actif");
        assertThat(AccessibilityAudit.violations(browser)).as("set-up page with a new agenda").isEmpty();
        assertThat(servedByTheNewDesk()).isEqualTo(1);

        freshBrowser();
        open("/agent/pantin");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace agent — Pantin"));
        assertThat(statusOf("/agent/pantin/rendez-vous/lieux")).as("an agent who is not admin").isEqualTo(403);

        freshBrowser();
        open("/agent/bagnolet");
        KeycloakLoginPage.logIn(browser, wait, "agent.bagnolet", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace agent — Bagnolet"));
        assertThat(statusOf("/agent/pantin/rendez-vous/lieux")).isEqualTo(403);
    }

    private long servedByTheNewDesk() throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble"); var statement = connection.createStatement();
                var result = statement.executeQuery("""
                        SELECT count(*) FROM t_pantin.desk_type dt JOIN t_pantin.desk d ON d.id = dt.desk_id
                          JOIN t_pantin.place p ON p.id = d.place_id JOIN t_pantin.appointment_type t ON t.id = dt.type_id
                        WHERE p.name = '%s' AND p.ants_published AND d.name = 'Guichet 1' AND t.label = '%s'"""
                        .formatted(placeName, typeLabel))) {
            result.next();
            return result.getLong(1);
        }
    }

    private void type(By field, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(field)).findElement(By.tagName("input")).sendKeys(text);
    }

    private void retype(By field, String text) {
        WebElement input = browser.findElement(field).findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }
}
