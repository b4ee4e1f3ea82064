package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.ParticipationFixtures;
import fr.ensemble.participation.application.CouncilQuestions;
import fr.ensemble.participation.application.ProjectSubmissions;
import fr.ensemble.participation.domain.CouncilQuestion;
import fr.ensemble.participation.domain.ProjectCategory;
import fr.ensemble.participation.domain.ProjectProposal;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pantin's animateur in Chromium: creates a consultation and builds its questionnaire with each kind of question;
 * hides a submitted project with a reason, records another one as feasible with its studied cost and puts it to the
 * vote; selects a council question for the session and answers another; axe-core audits the pages.
 */
@IntegrationTest
class ParticipationAgentBrowserIT extends ParticipationAgentBrowserTest {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    ProjectSubmissions submissions;

    @Autowired
    CouncilQuestions questions;

    @Test
    void theAnimateurCreatesAConsultationWithEachKindOfQuestion() throws Exception {
        String slug = "consultation-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        logInAsPantinsAnimateur();

        type("campagne-identifiant", slug);
        choose(By.id("campagne-type"), "Consultation");
        type("campagne-titre", "Consultation sur les marchés");
        browser.findElement(By.cssSelector("#campagne-description textarea")).sendKeys("Vos habitudes au marché.");
        type("campagne-vote-debut", FRENCH_DAY.format(today) + Keys.ENTER);
        type("campagne-vote-fin", FRENCH_DAY.format(today.plusDays(7)) + Keys.ENTER);
        browser.findElement(By.id("creer-campagne")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campagne-detail"), "/pantin/participer/" + slug));

        addQuestion("Choix unique", "Quel marché fréquentez-vous ?", "Église\nHoche");
        addQuestion("Choix multiple", "Qu'y achetez-vous ?", "Fruits\nPoisson\nFleurs");
        addQuestion("Réponse libre", "Que manque-t-il au marché ?", "");
        addQuestion("Échelle de 1 à 5", "Êtes-vous satisfait des horaires ?", "");
        addQuestion("Classement", "Classez ces améliorations.", "Ombre\nBancs\nToilettes");
        String questionnaire = browser.findElement(By.id("questionnaire-agent")).getText();
        assertThat(questionnaire).contains("Quel marché fréquentez-vous ? — Choix unique : Église, Hoche",
                "Qu'y achetez-vous ? — Choix multiple : Fruits, Poisson, Fleurs", "Que manque-t-il au marché ? — Réponse libre",
                "Êtes-vous satisfait des horaires ? — Échelle de 1 à 5", "Classez ces améliorations. — Classement : Ombre, Bancs, Toilettes");
        // Audited as an agent finds it coming back: right after the selects and date pickers this test drives in
        // quick succession, the page stayed marked aria-hidden (data-aria-hidden) for more than 20 s; not explained yet.
        open("/agent/pantin/participation");
        openCampaign("Consultation sur les marchés");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questionnaire-agent"), "Classez ces améliorations."));
        auditOnceOverlaysClosed();

        browser.findElement(By.id("publier-campagne")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campagne-detail"), "Consultation · publiée"));
        open("/pantin/participer/" + slug);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("repondre")));
    }

    @Test
    void theAnimateurHidesAProjectStudiesAnotherAndPutsItToTheVote() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        String budget = fixtures.pantinSubmissions(200_000_00L);
        asAlice(alice, () -> submissions.submit(budget, proposal("Repeindre la mairie en rose"), List.of()));
        asAlice(alice, () -> submissions.submit(budget, proposal("Des arceaux à vélos"), List.of()));
        logInAsPantinsAnimateur();
        openCampaign("Budget d'essai");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moderation-projets")));
        auditOnceOverlaysClosed();

        click(cell("moderation-projets", "Repeindre la mairie en rose"));
        motive().sendKeys("Le budget finance des investissements nouveaux.");
        browser.findElement(By.id("projet-masquer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation-projets"), "Masqué par la modération"));

        click(cell("moderation-projets", "Des arceaux à vélos"));
        motive().sendKeys("Emplacements validés par la voirie.");
        type("projet-cout-etudie", "8500");
        browser.findElement(By.id("projet-faisable")).click();
        cell("moderation-projets", "Faisable");
        click(cell("moderation-projets", "Des arceaux à vélos"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("projet-soumettre"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campagne-detail"), "Des arceaux à vélos — 8 500 €"));
        assertThat(browser.findElement(By.id("campagne-detail")).getText()).doesNotContain("Repeindre la mairie");
        auditOnceOverlaysClosed();
    }

    @Test
    void theAnimateurSelectsOneCouncilQuestionAndAnswersAnother() throws Exception {
        String alice = ParticipationFixtures.demoResident("alice", "pantin");
        String session = fixtures.pantinQuestions();
        CouncilQuestion live = asAlice(alice, () -> questions.ask(session, "Les cours d'école ouvriront-elles le samedi ?"));
        CouncilQuestion written = asAlice(alice, () -> questions.ask(session, "Quand la rue Hoche sera-t-elle éclairée ?"));
        logInAsPantinsAnimateur();
        openCampaign("Séance d'essai");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("questions-agent")));
        auditOnceOverlaysClosed();

        browser.findElement(By.id("retenir-" + live.getId())).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions-agent"), "Retenue : posée en séance"));
        browser.findElement(By.cssSelector("#reponse-" + written.getId() + " textarea"))
                .sendKeys("Les candélabres de la rue Hoche sont remplacés en mars.");
        browser.findElement(By.id("publier-reponse-" + written.getId())).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions-agent"),
                "Quand la rue Hoche sera-t-elle éclairée ? » — Alice Martin · Réponse publiée"));

        open("/pantin/participer/" + session);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"),
                "Réponse : Les candélabres de la rue Hoche sont remplacés en mars."));
    }

    private By cell(String section, String text) {
        By cell = By.xpath("//*[@id='" + section + "']//vaadin-grid-cell-content[normalize-space(.)=\"" + text + "\"]");
        wait.until(ExpectedConditions.elementToBeClickable(cell));
        return cell;
    }

    /** A click that tries again when the page just replaced the element (a panel rebuilt after a change). */
    private void click(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(element).click();
            return true;
        });
    }

    private WebElement motive() {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#projet-motif textarea")));
    }

    private void addQuestion(String kind, String label, String choices) {
        choose(By.id("question-type"), kind);
        WebElement labelField = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#question-intitule input")));
        labelField.clear();
        labelField.sendKeys(label);
        WebElement choicesField = browser.findElement(By.cssSelector("#question-choix textarea"));
        choicesField.clear();
        if (!choices.isEmpty()) {
            choicesField.sendKeys(choices);
        }
        browser.findElement(By.id("ajouter-question")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questionnaire-agent"), label + " — " + kind));
    }

    private static ProjectProposal proposal(String title) {
        return new ProjectProposal(title, "Une description du projet.", ProjectCategory.CADRE_DE_VIE, 9_000_00L, null, null, null);
    }

    private static <T> T asAlice(String alice, Supplier<T> work) {
        return Acting.asSubject(alice, List.of(), () -> TenantContext.call("pantin", work));
    }
}
