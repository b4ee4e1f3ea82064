package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import fr.ensemble.rendezvous.AgendaFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pantin's agent at the planning in Chromium: books at the phone for a resident (who gets the confirmation), checks
 * what the page prints, cancels that appointment with a message (which the resident gets), notes a past appointment
 * as a no-show, blocks a span (refused first over an appointment), imports an .ics of closures; Pantin's admin sets
 * a desk's weekly hours; axe-core audits of every page; Bagnolet's agent gets 403 on Pantin's pages.
 */
@IntegrationTest
class RendezvousAgentBrowserIT extends BrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    private AgendaFixtures fixtures;

    @AfterEach
    void removeFixtures() throws Exception {
        if (fixtures != null) {
            fixtures.close();
        }
    }

    @Test
    void pantinsAgentWorksThePlanning() throws Exception {
        open("/agent/pantin");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Rendez-vous"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planning")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Planning des rendez-vous — Pantin");
        assertThat(browser.findElements(By.linkText("Lieux, guichets et types"))).as("an admin's page, not offered").isEmpty();
        assertThat(AccessibilityAudit.violations(browser)).as("planning").isEmpty();

        browser.findElement(By.id("rdv-telephone")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tel-creneau[has-value]")));
        String email = "guichet-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        type(By.id("tel-nom"), "Nadia Guichet");
        type(By.id("tel-email"), email);
        if (!browser.findElements(By.id("tel-numero-ants-1")).isEmpty()) {
            type(By.id("tel-numero-ants-1"), "TG" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase());
        }
        assertThat(AccessibilityAudit.violations(browser)).as("booking dialog").isEmpty();
        browser.findElement(By.id("confirmer-tel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-planning"), "pris le"));
        Matcher booked = Pattern.compile("RDV-[A-Z2-9]{8}").matcher(browser.findElement(By.id("message-planning")).getText());
        assertThat(booked.find()).isTrue();
        String reference = booked.group();
        assertThat(LocalStack.awaitMailAbout(email, "Rendez-vous confirmé").text()).contains(reference);

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "']")));
        assertThat(row.getText()).contains("Nadia Guichet", "Réservé");
        assertThat(AccessibilityAudit.violations(browser)).as("planning with an appointment").isEmpty();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.id("rdv-telephone")).isDisplayed()).as("controls on paper").isFalse();
        assertThat(row.findElement(By.cssSelector(".action-annuler")).isDisplayed()).as("actions on paper").isFalse();
        assertThat(row.isDisplayed()).as("the planning on paper").isTrue();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        row.findElement(By.cssSelector(".action-annuler")).click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-annulation")))
                .findElement(By.tagName("textarea"));
        browser.findElement(By.id("confirmer-annulation")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("erreur-annulation"), "raison de l'annulation"));
        message.sendKeys("Le service passeports est fermé ce jour-là, merci de reprendre rendez-vous.");
        browser.findElement(By.id("confirmer-annulation")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-planning"), "l'usager est prévenu"));
        assertThat(browser.findElement(By.cssSelector("tr[data-reference='" + reference + "']")).getText()).contains("Annulé");
        assertThat(LocalStack.awaitMailAbout(email, "Rendez-vous annulé").text())
                .contains(reference, "Le service passeports est fermé ce jour-là");

        fixtures = new AgendaFixtures();
        Instant earlier = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        String past = fixtures.appointment(earlier, Duration.ofDays(2), "RESERVE", null, null, "passe@example.org");
        open("/agent/pantin/rendez-vous?lieu=" + fixtures.placeId + "&jour=" + earlier.atZone(PARIS).toLocalDate());
        WebElement pastRow = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-reference='" + past + "']")));
        assertThat(pastRow.getText()).contains(fixtures.typeLabel, "Camille Test", "Réservé");
        pastRow.findElement(By.cssSelector(".action-absent")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-planning"), "noté absent"));
        assertThat(browser.findElement(By.cssSelector("tr[data-reference='" + past + "']")).getText()).contains("Absent");
        assertThat(fixtures.status(past)).isEqualTo("ABSENT/");

        LocalDate later = LocalDate.now(PARIS).plusDays(2);
        fixtures.appointment(later.atTime(9, 30).atZone(PARIS).toInstant(), Duration.ofDays(1), "RESERVE", null, null,
                "plus-tard@example.org");
        open("/agent/pantin/rendez-vous?lieu=" + fixtures.placeId + "&jour=" + later);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("planning"), "9h30"));
        browser.findElement(By.id("bloquer")).click();
        type(By.id("bloquer-raison"), "Réunion d'équipe");
        browser.findElement(By.id("confirmer-blocage")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("erreur-blocage"), "chevauche un rendez-vous"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Retour']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmer-blocage")));
        browser.findElement(By.id("suivant")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("planning"), "Aucun rendez-vous"));
        browser.findElement(By.id("bloquer")).click();
        type(By.id("bloquer-raison"), "Réunion d'équipe");
        browser.findElement(By.id("confirmer-blocage")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-planning"), "Créneau bloqué"));
        assertThat(browser.findElement(By.id("planning")).getText()).contains("9h00–10h00", "Créneau bloqué : Réunion d'équipe");

        open("/agent/pantin/rendez-vous/configuration?lieu=" + fixtures.placeId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exceptions"), "Aucune fermeture"));
        LocalDate holiday = LocalDate.of(2040 + new Random().nextInt(40), 7, 14);
        Path ics = Files.writeString(folder.resolve("fermetures.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//FR\r\n"
                + "BEGIN:VEVENT\r\nUID:fete@test\r\nDTSTAMP:20300101T000000Z\r\nDTSTART;VALUE=DATE:"
                + holiday.toString().replace("-", "") + "\r\nSUMMARY:Fête nationale\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("import-ics")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(ics.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-configuration"), "1 fermeture importée"));
        assertThat(browser.findElement(By.id("exceptions")).getText()).contains("Fête nationale", "Fermeture");
        assertThat(AccessibilityAudit.violations(browser)).as("configuration").isEmpty();

        open("/agent/pantin/rendez-vous/statistiques");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-csv-rdv")));
        assertThat(AccessibilityAudit.violations(browser)).as("statistics").isEmpty();

        freshBrowser();
        open("/agent/pantin/rendez-vous/configuration?lieu=" + fixtures.placeId);
        KeycloakLoginPage.logIn(browser, wait, "admin.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("horaires"), "n'a pas d'horaires"));
        browser.findElement(By.id("horaires-ajouter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-horaires"), "lundi de 09:00 à 12:00"));
        assertThat(browser.findElement(By.id("horaires")).getText()).contains("lundi", "09:00", "12:00");
        assertThat(browser.findElement(By.id("delais")).getText()).contains(fixtures.typeLabel);
        assertThat(AccessibilityAudit.violations(browser)).as("configuration as an admin").isEmpty();

        freshBrowser();
        open("/agent/bagnolet");
        KeycloakLoginPage.logIn(browser, wait, "agent.bagnolet", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace agent — Bagnolet"));
        assertThat(statusOf("/agent/pantin/rendez-vous")).isEqualTo(403);
        assertThat(statusOf("/agent/pantin/rendez-vous/statistiques")).isEqualTo(403);
        assertThat(statusOf("/agent/pantin/rendez-vous/configuration")).isEqualTo(403);
    }

    private void type(By field, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(field)).findElement(By.tagName("input")).sendKeys(text);
    }
}
