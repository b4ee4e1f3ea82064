package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent's tools in Chromium: the search field of the inbox finds a request by a word of its answers; the
 * statistics page shows its table and charts, exports its CSV, passes axe-core; another commune's agent is refused.
 */
@IntegrationTest
class DemarchesAgentBrowserIT extends BrowserTest {

    @Autowired
    RequestFiling filing;

    @Test
    void anAgentSearchesTheInboxAndReadsTheStatistics() throws Exception {
        String word = new Random().ints(8, 'b', 'v').collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).insert(0, "zq").append('k').toString();
        String tracking = Acting.as("alice", List.of(), () -> TenantContext.call("pantin", () -> filing.file("contacter-elus",
                Map.of("objet", "Arbres " + word, "message", "Les arbres de la place sont malades.",
                        "email", "alice@example.org", "rendez_vous", "non"), "alice@example.org", null).getTrackingNumber()));

        open("/agent/pantin/demarches");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("boite-demandes")));
        var search = browser.findElement(By.id("recherche-demandes")).findElement(By.tagName("input"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            search.clear();
            search.sendKeys("arbre " + word + "\n");
            try {
                return new WebDriverWait(browser, Duration.ofSeconds(3)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("boite-demandes"), tracking));
            } catch (org.openqa.selenium.TimeoutException notIndexedYet) {
                return false;
            }
        });
        assertThat(AccessibilityAudit.violations(browser)).as("inbox with its search").isEmpty();

        browser.findElement(By.linkText("Statistiques des démarches")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statistiques")));
        assertThat(browser.findElement(By.id("statistiques")).getText()).contains("Contacter vos élus");
        assertThat(browser.findElements(By.cssSelector("svg[role='img'] title"))).isNotEmpty();
        assertThat(AccessibilityAudit.violations(browser)).as("statistics").isEmpty();
        String csv = download(browser.findElement(By.id("export-csv")).getDomAttribute("href"));
        assertThat(csv).startsWith("\uFEFFdémarche;identifiant;demandes;semaine du ").contains(";contacter-elus;");

        freshBrowser();
        open("/agent/bagnolet");
        KeycloakLoginPage.logIn(browser, wait, "agent.bagnolet", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace agent — Bagnolet"));
        assertThat(statusOf("/agent/pantin/demarches/statistiques")).isEqualTo(403);
    }

    private String download(String href) throws Exception {
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        URI uri = URI.create(url("/")).resolve(href);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
