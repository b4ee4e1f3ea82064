package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.participation.ParticipationFixtures;
import fr.ensemble.participation.ParticipationFixtures.OpenCampaign;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alice (Pantin) votes in Pantin's participatory budget within the envelope, gets her receipt code on screen, by
 * e-mail and in Mon compte; Bruno (Montreuil) is told why Pantin's vote is not his, and votes in a territory one;
 * Pantin's animateur opens a citizen vote with its polling desk, Bagnolet's agent gets 403.
 */
@IntegrationTest
class ParticipationBrowserIT extends BrowserTest {

    @Autowired
    ParticipationFixtures fixtures;

    @Test
    void aliceVotesInPantinsBudgetAndFindsHerReceiptEverywhere() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        OpenCampaign budget = fixtures.pantin(CampaignKind.BUDGET, BallotRule.BUDGET, null, 100_000_00L,
                60_000_00L, 40_000_00L, 30_000_00L);

        open("/pantin/participer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campagnes")));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        open("/pantin/participer/" + budget.slug());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("voter"))).click();
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin")));
        assertThat(browser.findElement(By.id("compteur")).getText()).contains("0 € sur 100 000 €");
        choose("Projet 1");
        choose("Projet 2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compteur"),
                "Total de vos projets : 100 000 € sur 100 000 € — reste 0 €."));
        choose("Projet 3");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compteur"), "enveloppe dépassée de 30 000 €"));
        browser.findElement(By.id("valider-vote")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("probleme"), "plus que l'enveloppe de 100 000 €"));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        choose("Projet 3");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compteur"), "reste 0 €."));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("valider-vote"))).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-verification"))).getText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        assertThat(ParticipationFixtures.awaitMailContaining("alice@example.org", code)).contains("Votre code de vérification : " + code);

        open("/compte");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), code));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Participation — Campagne d'essai");

        open("/pantin/participer/" + budget.slug());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-a-verifier"))).findElement(By.tagName("input"))
                .sendKeys(code);
        browser.findElement(By.id("verifier-code")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "Ce bulletin est bien compté."));
    }

    @Test
    void aliceSeesTheOptionsImagesWithTheirTextOnHerBallot() throws Exception {
        ParticipationFixtures.demoResident("alice", "pantin");
        OpenCampaign vote = fixtures.pantinVoteWithImage("Portrait d'Alice Milliat en 1922");

        open("/pantin/participer/" + vote.slug() + "/voter");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin")));
        var image = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#choix vaadin-radio-button img[alt=\"Portrait d'Alice Milliat en 1922\"]")));
        wait.until(driver -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].naturalWidth;", image)).intValue() == 40);
        assertThat(browser.findElements(By.cssSelector("#choix img"))).as("only the option that has one").hasSize(1);
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
    }

    @Test
    void brunoIsToldPantinsVoteIsNotHisAndVotesInTheTerritory() throws Exception {
        ParticipationFixtures.demoResident("bruno", "montreuil");
        OpenCampaign pantin = fixtures.pantin(CampaignKind.VOTE, BallotRule.SINGLE, null, null, 0, 0);
        OpenCampaign territory = fixtures.territory(3);

        open("/pantin/participer/" + pantin.slug() + "/voter");
        KeycloakLoginPage.logIn(browser, wait, "bruno", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("probleme"),
                "Ce vote est réservé aux habitants de Pantin. Votre commune de résidence est Montreuil."));
        assertThat(browser.findElements(By.id("bulletin"))).isEmpty();
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        open("/est-ensemble/participer/" + territory.slug() + "/voter");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin")));
        browser.findElement(By.xpath("//*[@id='choix']//vaadin-radio-button[contains(., 'Option 2')]//label")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#choix vaadin-radio-button[checked]")));
        browser.findElement(By.id("valider-vote")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-verification"))).getText())
                .matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    void pantinsAnimateurOpensACampaignWithItsPollingDeskAndBagnoletsAgentIsKeptOut() throws Exception {
        OpenCampaign vote = fixtures.pantin(CampaignKind.VOTE, BallotRule.SINGLE, null, null, 0, 0);

        open("/agent/pantin/participation");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campagnes-agent"), "Campagne d'essai"));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        // Newest first: the campaign just created is the first row.
        browser.findElement(By.xpath("(//vaadin-grid-cell-content[normalize-space(.)=\"Campagne d'essai\"])[1]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bureau-de-vote")));
        assertThat(browser.findElement(By.id("campagne-detail")).getText()).contains("/pantin/participer/" + vote.slug())
                .contains("Projet 2");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        freshBrowser();
        open("/agent/pantin/participation");
        KeycloakLoginPage.logIn(browser, wait, "agent.bagnolet", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/realms/")));
        assertThat(statusOf("/agent/pantin/participation")).isEqualTo(403);
    }

    private void choose(String project) {
        browser.findElement(By.xpath("//*[@id='choix']//vaadin-checkbox[contains(., '" + project + "')]//label")).click();
    }
}
