package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

@IntegrationTest
class HomePageBrowserIT extends BrowserTest {


    @Test
    void homePageListsTheNineCommunesAndLeadsToTheirPages() {
        open("/");

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#communes a"), 9));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bienvenue sur Ensemble");
        assertThat(browser.findElements(By.cssSelector("#communes a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Bagnolet", "Bobigny", "Bondy", "Les Lilas", "Montreuil",
                        "Noisy-le-Sec", "Pantin", "Le Pré-Saint-Gervais", "Romainville");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

        browser.findElement(By.cssSelector("#communes a[data-commune='pantin']")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Pantin"));
        assertThat(browser.getCurrentUrl()).endsWith("/pantin");
        assertThat(browser.getTitle()).isEqualTo("Pantin — Ensemble");
    }

    @Test
    void unknownCommuneShowsAFrenchNotFoundPageWithStatus404() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/atlantis"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);

        open("/atlantis");

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Page introuvable"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Revenir à l'accueil");
    }
}
