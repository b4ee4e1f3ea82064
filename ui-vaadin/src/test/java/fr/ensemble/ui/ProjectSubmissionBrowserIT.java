package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.ensemble.participation.ParticipationFixtures;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alice submits a project to Pantin's participatory budget in Chromium and places it with a click on the commune's
 * map: the chosen place is said in text, then stored with the project; axe-core audits the form.
 */
@IntegrationTest
class ProjectSubmissionBrowserIT extends BrowserTest {

    private static final double[] NEAR_TOWN_HALL = {2.4030, 48.8950};

    @Autowired
    ParticipationFixtures fixtures;

    @Test
    void aliceSubmitsAProjectPlacedByAClickOnTheMap() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        String campaign = fixtures.pantinSubmissions(5_000_000);
        String title = "Des bancs place de la mairie " + UUID.randomUUID().toString().substring(0, 8);

        open("/pantin/participer/" + campaign + "/deposer");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formulaire-projet")));
        var map = new MapPage(browser, wait);
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        browser.findElement(By.cssSelector("#projet-titre input")).sendKeys(title);
        browser.findElement(By.cssSelector("#projet-description textarea"))
                .sendKeys("Trois bancs à l'ombre pour que les aînés puissent s'asseoir en attendant le bus.");
        choose(By.id("projet-categorie"), "Cadre de vie et espaces publics");
        browser.findElement(By.cssSelector("#projet-cout input")).sendKeys("4500");
        map.clickAt(NEAR_TOWN_HALL[0], NEAR_TOWN_HALL[1]);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lieu-choisi"), "Lieu choisi : latitude 48,89"));
        Path photo = Files.createTempDirectory("project-image").resolve("arret-de-bus.png");
        Files.write(photo, ParticipationFixtures.png());
        browser.findElement(By.id("projet-images")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projet-images-etat"), "1 image(s) jointe(s)"));
        assertThat(AccessibilityAudit.violations(browser)).as("with the image's description field").isEmpty();
        browser.findElement(By.id("deposer-projet")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("probleme"), "Décrivez l'image"));
        browser.findElement(By.cssSelector("#image-projet-description-1 input")).sendKeys("L'arrêt de bus sans banc");
        browser.findElement(By.id("deposer-projet")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("formulaire-projet"), "Votre projet est déposé"));
        browser.findElement(By.linkText("Retour au budget participatif")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img[alt=\"L'arrêt de bus sans banc\"]")));
        try (Connection connection = LocalStack.superuser("ensemble");
                var statement = connection.prepareStatement("SELECT longitude, latitude FROM t_pantin.project WHERE title = ?")) {
            statement.setString(1, title);
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).as("the project is stored").isTrue();
                assertThat(row.getDouble("longitude")).isCloseTo(NEAR_TOWN_HALL[0], within(0.001));
                assertThat(row.getDouble("latitude")).isCloseTo(NEAR_TOWN_HALL[1], within(0.001));
            }
        }
        try (Connection connection = LocalStack.superuser("ensemble"); var statement = connection.prepareStatement("""
                SELECT i.alternative_text FROM t_pantin.project_image i JOIN t_pantin.project p ON p.id = i.project_id
                WHERE p.title = ?""")) {
            statement.setString(1, title);
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).as("the image is stored").isTrue();
                assertThat(row.getString(1)).isEqualTo("L'arrêt de bus sans banc");
            }
        }
    }
}
