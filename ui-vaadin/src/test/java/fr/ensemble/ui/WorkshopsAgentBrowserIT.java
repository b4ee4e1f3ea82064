package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import fr.ensemble.rendezvous.application.WorkshopRegistrations;
import fr.ensemble.rendezvous.application.Workshops;
import fr.ensemble.rendezvous.application.Workshops.ListedWorkshop;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pantin's agent in Chromium: opens a workshop (after a French refusal), sees it listed, then the registrations
 * residents made (a seat and a waiting rank); reads a desk's feed address and regenerates it (the old one then
 * answers 404); axe-core audits; Bagnolet's agent gets 403 on Pantin's workshops.
 */
@IntegrationTest
class WorkshopsAgentBrowserIT extends BrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Workshops workshops;

    @Autowired
    WorkshopRegistrations registrations;

    private final String title = "Atelier navigateur " + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeWorkshop() throws Exception {
        try (Connection connection = LocalStack.superuser("ensemble");
                var registered = connection.prepareStatement("DELETE FROM t_pantin.workshop_registration WHERE workshop_id IN "
                        + "(SELECT id FROM t_pantin.workshop WHERE title = ?)");
                var workshop = connection.prepareStatement("DELETE FROM t_pantin.workshop WHERE title = ?")) {
            registered.setString(1, title);
            registered.executeUpdate();
            workshop.setString(1, title);
            workshop.executeUpdate();
        }
    }

    @Test
    void pantinsAgentOpensAWorkshopFollowsItsRegistrationsAndRenewsAFeedAddress() throws Exception {
        open("/agent/pantin/rendez-vous");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Ateliers"))).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ateliers — Pantin"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ateliers")));
        assertThat(AccessibilityAudit.violations(browser)).as("workshops page").isEmpty();

        browser.findElement(By.id("confirmer-atelier")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("erreur-atelier"), "Donnez un titre"));
        assertThat(AccessibilityAudit.violations(browser)).as("workshop form refused").isEmpty();
        browser.findElement(By.cssSelector("#atelier-titre input")).sendKeys(title);
        LocalDate day = LocalDate.now(PARIS).plusDays(10);
        String date = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.findElement(By.cssSelector("#atelier-jour input")).sendKeys(date, Keys.ENTER);
        browser.findElement(By.cssSelector("#atelier-debut input")).sendKeys("14:00", Keys.TAB);
        browser.findElement(By.cssSelector("#atelier-fin input")).sendKeys("16:00", Keys.TAB);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("atelier-places"))).findElement(By.tagName("input"))
                .sendKeys("1");
        browser.findElement(By.id("confirmer-atelier")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-ateliers"), "Atelier « " + title + " » ouvert"));
        assertThat(workshopRow().getText()).contains(title, "Aide numérique", "14h00–16h00", "0 / 1", "personne");

        long workshopId = Acting.as("agent.pantin", List.of("pantin:agent"), () -> TenantContext.call("pantin",
                workshops::upcoming)).stream().map(ListedWorkshop::workshop).filter(one -> one.getTitle().equals(title))
                .findFirst().orElseThrow().getId();
        register(workshopId, "Inès Première", "premiere-" + workshopId + "@example.org");
        register(workshopId, "Jules Suivant", "suivant-" + workshopId + "@example.org");
        browser.navigate().refresh();
        assertThat(workshopRow().getText()).contains("1 / 1", "1 inscription");
        workshopRow().findElement(By.cssSelector(".action-inscrits")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inscriptions"), "Jules Suivant"));
        assertThat(browser.findElement(By.id("inscriptions")).getText()).contains(
                "Inès Première", "premiere-" + workshopId + "@example.org", "Inscrit",
                "Jules Suivant", "Liste d'attente (rang 1)");
        assertThat(AccessibilityAudit.violations(browser)).as("workshop registrations").isEmpty();

        open("/agent/pantin/rendez-vous/configuration");
        WebElement address = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#flux-url input")));
        wait.until(driver -> address.getDomProperty("value").contains("/rendez-vous/flux/guichet/"));
        String before = address.getDomProperty("value");
        assertThat(browser.findElement(By.id("flux-guichet")).getText()).contains("voit les noms");
        assertThat(statusOfFeed(before)).isEqualTo(200);
        assertThat(AccessibilityAudit.violations(browser)).as("configuration with the feed address").isEmpty();
        browser.findElement(By.id("flux-regenerer")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flux-confirmer"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-flux"), "l'ancienne ne fonctionne plus"));
        String after = address.getDomProperty("value");
        assertThat(after).isNotEqualTo(before).contains("/api/v1/pantin/rendez-vous/flux/guichet/");
        assertThat(statusOfFeed(before)).as("the old address").isEqualTo(404);
        assertThat(statusOfFeed(after)).isEqualTo(200);

        freshBrowser();
        open("/agent/bagnolet");
        KeycloakLoginPage.logIn(browser, wait, "agent.bagnolet", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace agent — Bagnolet"));
        assertThat(statusOf("/agent/pantin/rendez-vous/ateliers")).isEqualTo(403);
    }

    private WebElement workshopRow() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tr[@data-atelier][.//th[contains(., '" + title + "')]]")));
    }

    private void register(long workshopId, String name, String email) {
        Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call("pantin",
                () -> registrations.register(workshopId, 1, name, email, null)));
    }

    /** The feed is fetched the way a calendar application does: a plain GET of the whole URL, without a session. */
    private static int statusOfFeed(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
