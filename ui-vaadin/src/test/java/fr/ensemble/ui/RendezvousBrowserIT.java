package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.Tokens;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * Alice books a passport appointment in Pantin (a badly typed ANTS number explained in French first), gets the
 * confirmation e-mail with its .ics, finds the appointment in Mon compte and cancels it from there.
 */
@IntegrationTest
class RendezvousBrowserIT extends BrowserTest {

    @Test
    void aResidentBooksGetsTheCalendarFileAndCancels() throws Exception {
        open("/pantin/rendez-vous");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#creneaux vaadin-radio-button")));
        assertThat(input(By.id("email-rdv")).getDomProperty("value")).isEqualTo("alice@example.org");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        browser.findElement(By.cssSelector("#creneaux vaadin-radio-button label")).click();
        input(By.id("numero-ants-1")).sendKeys("12345");
        browser.findElement(By.id("confirmer-rdv")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("erreur-rdv"), "« 12345 » n'est pas valide"));

        String number = "AL" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        input(By.id("numero-ants-1")).clear();
        input(By.id("numero-ants-1")).sendKeys(number);
        browser.findElement(By.id("confirmer-rdv")).click();
        String reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference-rdv"))).getText();
        assertThat(reference).matches("RDV-[A-Z2-9]{8}");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        MimeMessage mail = awaitMail("alice@example.org", reference);
        assertThat(mail.getSubject()).startsWith("Rendez-vous confirmé");
        String ics = attachment(mail, "rendez-vous.ics");
        assertThat(ics).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "UID:" + reference + "@pantin.ensemble",
                "LOCATION:Hôtel de ville de Pantin").containsPattern("DTSTART:\\d{8}T\\d{6}Z");

        open("/compte");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), reference));
        browser.findElement(By.linkText(reference)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-rdv"), reference));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        browser.findElement(By.id("annuler-rdv")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-rdv"), "annulé"));
        assertThat(browser.findElement(By.id("detail-rdv")).getText()).contains("Annulé");
    }

    private WebElement input(By field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(field)).findElement(By.tagName("input"));
    }

    private static MimeMessage awaitMail(String recipient, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode message : LocalStack.awaitMail(recipient)) {
                var mime = new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(message.path("mimeMessage").asString().getBytes(StandardCharsets.UTF_8)));
                if (mime.getSubject().startsWith("Rendez-vous confirmé") && text(mime).contains(text)) {
                    return mime;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no confirmation to " + recipient + " about " + text);
    }

    private static String text(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            var all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return part.getContent() instanceof String string ? string : "";
    }

    private static String attachment(Part part, String filename) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (filename.equals(child.getFileName())) {
                    return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                }
                String inside = attachment(child, filename);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
