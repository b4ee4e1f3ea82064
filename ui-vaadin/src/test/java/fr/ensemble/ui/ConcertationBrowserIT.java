package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.ParticipationFixtures;
import fr.ensemble.participation.application.ConcertationMaps;
import fr.ensemble.participation.domain.MapCommentDraft;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alice opens a concertation map of Pantin, logs in to comment, clicks the map where her comment belongs, picks a
 * category, writes it, publishes it: it is drawn on the map and listed in text; a point typed in Paris is refused.
 * Pantin's animateur gives a new concertation its categories and its area before publishing it (the map then shows
 * that area, the comment form offers those categories), and hides a comment with a reason, which leaves the page.
 * axe-core audits the pages.
 */
@IntegrationTest
class ConcertationBrowserIT extends ParticipationAgentBrowserTest {

    private static final double[] NEAR_TOWN_HALL = {2.4030, 48.8950};

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    ConcertationMaps maps;

    @Test
    void aliceDropsACommentByClickingTheMapAndFindsItInTheList() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        String concertation = fixtures.pantinConcertation();

        open("/pantin/participer/" + concertation);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentaires"), "Aucun commentaire"));
        new MapPage(browser, wait);
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        browser.findElement(By.id("commenter")).click();
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formulaire-commentaire")));
        var map = new MapPage(browser, wait);
        map.clickAt(NEAR_TOWN_HALL[0], NEAR_TOWN_HALL[1]);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("point-choisi"), "Point choisi : latitude 48,89"));
        choose(By.id("commentaire-categorie"), "Problème constaté");
        browser.findElement(By.cssSelector("#commentaire-texte textarea"))
                .sendKeys("Le trottoir devant la mairie est trop étroit pour les poussettes.");
        browser.findElement(By.id("publier-commentaire")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentaires"),
                "Problème constaté — Le trottoir devant la mairie est trop étroit pour les poussettes."));
        assertThat(browser.findElement(By.id("commentaires")).getText()).contains("Alice Martin");
        assertThat(browser.findElement(By.id("probleme")).getText()).isEmpty();
        map.waitUntilRendered("commentaires-points", "categorie", List.of("Problème constaté"));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        open("/pantin/participer/" + concertation);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentaires"), "trop étroit pour les poussettes"));
        new MapPage(browser, wait).waitUntilRendered("commentaires-points", "categorie", List.of("Problème constaté"));
    }

    @Test
    void theAnimateurHidesACommentWithAReason() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        String concertation = fixtures.pantinConcertation();
        Acting.asSubject(alice, List.of(), () -> TenantContext.call("pantin", () -> maps.comment(concertation,
                new MapCommentDraft(NEAR_TOWN_HALL[0], NEAR_TOWN_HALL[1], "Idée", "Un commentaire qui sera masqué."))));

        logInAsPantinsAnimateur();
        openCampaign("Carte d'essai");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='concertation']//vaadin-grid-cell-content[normalize-space(.)='Un commentaire qui sera masqué.']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#motif-masquage textarea")))
                .sendKeys("Hors sujet : ce commentaire ne porte pas sur le projet.");
        browser.findElement(By.id("masquer-commentaire")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("concertation"),
                "Masqué : Hors sujet : ce commentaire ne porte pas sur le projet."));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        open("/pantin/participer/" + concertation);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentaires"), "Aucun commentaire"));
    }

    @Test
    void theAnimateurGivesANewConcertationItsCategoriesAndItsAreaThenPublishesIt() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        String concertation = fixtures.pantinConcertationDraft("Carte du square");
        logInAsPantinsAnimateur();
        openCampaign("Carte du square");
        WebElement categories = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#categories-commentaires textarea")));
        categories.sendKeys("Stationnement\nEspaces verts");
        type("zone-ouest", "2.4003");
        type("zone-sud", "48.8924");
        type("zone-est", "2.4043");
        browser.findElement(By.id("enregistrer-concertation")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("concertation"),
                "Donnez les quatre limites de la zone du projet, ou aucune pour toute la commune."));
        type("zone-nord", "48.8964");
        browser.findElement(By.id("enregistrer-concertation")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("concertation"),
                "Donnez les quatre limites")));

        open("/agent/pantin/participation");
        openCampaign("Carte du square");
        wait.until(ExpectedConditions.domPropertyToBe(browser.findElement(By.cssSelector("#zone-nord input")), "value",
                "48.8964"));
        assertThat(browser.findElement(By.cssSelector("#categories-commentaires textarea")).getDomProperty("value"))
                .isEqualTo("Stationnement\nEspaces verts");
        auditOnceOverlaysClosed();
        browser.findElement(By.id("publier-campagne")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("concertation"),
                "Catégories : Stationnement, Espaces verts."));

        open("/pantin/participer/" + concertation);
        List<Number> shown = new MapPage(browser, wait).bounds();
        assertThat((shown.get(0).doubleValue() + shown.get(2).doubleValue()) / 2).isCloseTo(2.4023, within(0.001));
        assertThat((shown.get(1).doubleValue() + shown.get(3).doubleValue()) / 2).isCloseTo(48.8944, within(0.001));
        assertThat(shown.get(2).doubleValue() - shown.get(0).doubleValue()).as("narrower than Pantin").isLessThan(0.03);
        freshBrowser();
        open("/pantin/participer/" + concertation + "/commenter");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);
        choose(By.id("commentaire-categorie"), "Espaces verts");
    }

    @Test
    void aPointOutsidePantinIsRefusedInFrench() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        String concertation = fixtures.pantinConcertation();

        open("/pantin/participer/" + concertation + "/commenter");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formulaire-commentaire")));
        browser.findElement(By.cssSelector("#commentaire-longitude input")).sendKeys("2.3522");
        browser.findElement(By.cssSelector("#commentaire-latitude input")).sendKeys("48.8566");
        choose(By.id("commentaire-categorie"), "Idée");
        browser.findElement(By.cssSelector("#commentaire-texte textarea")).sendKeys("Un commentaire placé à Paris.");
        browser.findElement(By.id("publier-commentaire")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("probleme"),
                "n'est dans aucune commune d'Est Ensemble"));
        assertThat(browser.findElement(By.id("commentaires")).getText()).contains("Aucun commentaire");
    }
}
