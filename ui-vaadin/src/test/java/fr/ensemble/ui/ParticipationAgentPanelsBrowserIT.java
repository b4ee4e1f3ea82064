package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.ParticipationFixtures;
import fr.ensemble.participation.ParticipationFixtures.OpenCampaign;
import fr.ensemble.participation.application.CampaignAdministration;
import fr.ensemble.participation.application.Voting;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.CampaignDraft;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignPhase;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pantin's animateur in Chromium on the campaign panels without a browser test before: the polling desk of a citizen
 * vote (signing a person in, turning away one who voted online, entering a paper ballot), the follow-up of a
 * budget's winning project shown on the public page, and an option's image uploaded with its alternative text;
 * axe-core audits the pages.
 */
@IntegrationTest
class ParticipationAgentPanelsBrowserIT extends ParticipationAgentBrowserTest {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    Voting voting;

    @Autowired
    CampaignAdministration administration;

    @Test
    void theDeskSignsInAPersonRefusesAnOnlineVoterAndCountsThePaperBallot() throws Exception {
        OpenCampaign vote = fixtures.pantin(CampaignKind.VOTE, BallotRule.SINGLE, null, null, 0, 0);
        String family = "Papier" + ParticipationFixtures.nameOf(UUID.randomUUID().toString()).substring(6);
        String online = "votant-" + UUID.randomUUID();
        ParticipationFixtures.resident(online, "pantin", LocalDate.of(1970, 3, 3), "Jeanne", family, null);
        castOnline(online, vote.slug(), vote.options().get(0));
        logInAsPantinsAnimateur();
        openCampaign("Campagne d'essai");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bureau-de-vote")));
        // Audited before the date picker and select are driven: afterwards the page sometimes stays marked
        // aria-hidden (data-aria-hidden) for more than 20 s, as ParticipationAgentBrowserIT saw; not explained yet.
        auditOnceOverlaysClosed();

        presentAtDesk("Paul", family, LocalDate.of(1960, 6, 6));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultat-emargement"),
                "Paul " + family + " est émargé(e) : remettez-lui un bulletin papier."));
        presentAtDesk("JEANNE", family.toUpperCase(), LocalDate.of(1970, 3, 3));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultat-emargement"), "JEANNE "
                + family.toUpperCase() + " a déjà voté à cette consultation (en ligne ou au bureau de vote) : un seul vote par personne."));

        browser.findElement(By.xpath("//*[@id='bureau-de-vote']//vaadin-radio-button[label[normalize-space(.)='Projet 2']]/label"))
                .click();
        browser.findElement(By.id("enregistrer-bulletin-papier")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultat-depouillement"), "Bulletin enregistré."));

        long campaign = vote.campaignId();
        assertThat(count("SELECT count(*) FROM t_pantin.ballot WHERE campaign_id = ? AND channel = 'PAPER'", campaign)).isOne();
        assertThat(count("SELECT count(*) FROM t_pantin.ballot WHERE campaign_id = ? AND channel = 'PAPER' AND choices = ARRAY["
                + vote.options().get(1) + "]::bigint[]", campaign)).isOne();
        assertThat(count("SELECT count(*) FROM t_pantin.participation WHERE campaign_id = ? AND channel = 'PAPER'", campaign)).isOne();
        assertThat(count("SELECT count(*) FROM t_pantin.participation WHERE campaign_id = ? AND channel = 'ONLINE'", campaign)).isOne();
    }

    @Test
    void theFollowUpOfAWinningProjectIsShownOnTheCampaignPage() throws Exception {
        OpenCampaign budget = fixtures.pantin(CampaignKind.BUDGET, BallotRule.BUDGET, null, 100_000_00L, 30_000_00L, 50_000_00L);
        String voter = "votant-" + UUID.randomUUID();
        ParticipationFixtures.resident(voter, "pantin", LocalDate.of(1980, 1, 1), ParticipationFixtures.nameOf(voter));
        castOnline(voter, budget.slug(), budget.options().get(0));
        ParticipationFixtures.close(budget);
        logInAsPantinsAnimateur();
        openCampaign("Campagne d'essai");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suivi-projets"), "Projet 1"));
        assertThat(browser.findElement(By.id("suivi-projets")).getText()).doesNotContain("Projet 2");
        auditOnceOverlaysClosed();

        field("suivi-projets", "Où en est le projet").sendKeys("Travaux en cours");
        field("suivi-projets", "Avancement (%)").sendKeys("40");
        field("suivi-projets", "Comité de suivi").sendKeys("Conseil de quartier des Quatre-Chemins");
        button("suivi-projets", "Enregistrer le suivi").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suivi-projets"), "Suivi enregistré."));
        field("suivi-projets", "Étape").sendKeys("Étude de la voirie");
        field("suivi-projets", "Date").sendKeys("15/03/2027" + Keys.ENTER);
        browser.findElement(By.xpath("//*[@id='suivi-projets']//vaadin-checkbox[label[normalize-space(.)='Réalisée']]/label"))
                .click();
        button("suivi-projets", "Ajouter l'étape").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suivi-projets"), "Étape ajoutée."));

        freshBrowser();
        open("/pantin/participer/" + budget.slug());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("suivi-projet"), "Suivi : Projet 1"));
        assertThat(browser.findElement(By.className("suivi-projet")).getText()).contains("Travaux en cours — 40 % réalisé",
                "Comité de suivi : Conseil de quartier des Quatre-Chemins", "Fait — Étude de la voirie (15 mars 2027)");
        assertThat(browser.findElement(By.cssSelector(".suivi-projet vaadin-progress-bar")).getAttribute("aria-valuenow"))
                .isEqualTo("40");
        auditOnceOverlaysClosed();
    }

    @Test
    void anOptionsImageUploadedWithItsTextIsShownOnTheCampaignPage() throws Exception {
        String slug = "images-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Vote d'essai " + slug;
        draftPantinVote(slug, title);
        Path portrait = Files.createTempDirectory("option-image").resolve("portrait.png");
        Files.write(portrait, ParticipationFixtures.png());
        logInAsPantinsAnimateur();
        openCampaign(title);

        type("choix-titre", "Alice Milliat");
        fileInput("choix-image").sendKeys(portrait.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("choix-image-etat"), "Image jointe : portrait.png."));
        type("choix-image-alt", "Alice Milliat sur la piste, en tenue de course");
        auditOnceOverlaysClosed();
        browser.findElement(By.id("ajouter-choix")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campagne-detail"), "Alice Milliat"));
        type("choix-titre", "Nawal El Moutawakel");
        afterNotification();
        browser.findElement(By.id("ajouter-choix")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campagne-detail"), "Nawal El Moutawakel"));
        afterNotification();
        browser.findElement(By.id("publier-campagne")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campagne-detail"), "Votation citoyenne · publiée"));

        freshBrowser();
        open("/pantin/participer/" + slug);
        WebElement image = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.image-choix")));
        assertThat(image.getAttribute("alt")).isEqualTo("Alice Milliat sur la piste, en tenue de course");
        wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 40;", image).equals(true));
        assertThat(browser.findElements(By.cssSelector("img.image-choix"))).hasSize(1);
        auditOnceOverlaysClosed();
    }

    private void presentAtDesk(String givenName, String familyName, LocalDate birthDate) {
        replace(field("bureau-de-vote", "Prénom"), givenName);
        replace(field("bureau-de-vote", "Nom"), familyName);
        replace(field("bureau-de-vote", "Date de naissance"), FRENCH_DAY.format(birthDate) + Keys.ENTER);
        By commune = By.xpath("//*[@id='bureau-de-vote']//vaadin-select[label[normalize-space(.)="
                + "\"Commune du justificatif de domicile\"]]");
        choose(commune, "Pantin");
        browser.findElement(By.id("emarger")).click();
    }

    /** The input of the field with that label in the section (the panels give their fields no id). */
    private WebElement field(String section, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + section + "']//*[label[normalize-space(.)=\""
                + label + "\"]]/input")));
    }

    private WebElement button(String section, String text) {
        return browser.findElement(By.xpath("//*[@id='" + section + "']//vaadin-button[normalize-space(.)=\"" + text + "\"]"));
    }

    /** The upload's own file input, which the "Choisir une image" button opens: what a file chooser fills. */
    private WebElement fileInput(String uploadId) {
        return browser.findElement(By.id(uploadId)).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }

    /** The "Enregistré." notification covers the buttons at the bottom of the page for 3 s. */
    private void afterNotification() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));
    }

    private static void replace(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(text);
    }

    private void draftPantinVote(String slug, String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        var draft = new CampaignDraft(slug, CampaignKind.VOTE, title, "Un vote créé par les tests.", BallotRule.SINGLE, null,
                null, 0, false, List.of(new CampaignPhase(Phase.VOTE, today.minusDays(1), today.plusDays(1))));
        Acting.as("agent.pantin", ParticipationFixtures.PANTIN_ANIMATEUR, () -> TenantContext.call("pantin",
                () -> administration.create(draft)));
    }

    private void castOnline(String subject, String campaignSlug, long option) {
        Acting.asSubject(subject, List.of(), () -> TenantContext.call("pantin",
                () -> voting.cast(campaignSlug, List.of(option), UUID.randomUUID().toString())));
    }

    private static long count(String sql, long campaignId) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var query = superuser.prepareStatement(sql)) {
            query.setLong(1, campaignId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
