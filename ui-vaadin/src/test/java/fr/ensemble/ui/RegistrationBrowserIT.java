package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Mistakes at registration and forged login callbacks meet a clear refusal, in French, and no session. */
@IntegrationTest
class RegistrationBrowserIT extends BrowserTest {


    @Test
    void registrationMistakesAreExplainedInFrench() {
        assertThat(register("pas-un-email")).contains("Adresse de courriel invalide.");
        assertThat(register("alice@example.org")).contains("existe déjà");
    }

    /**
     * The whole self-registration: the form, the verification mail on the local SMTP server, its link, then the
     * password (Keycloak 26.7 asks for it once the e-mail is verified, refusing weak ones in French), and the
     * resident lands in "Mon compte".
     */
    @Test
    void aNewResidentRegistersVerifiesTheirEmailAndChoosesAPassword() throws Exception {
        String email = "nouvel.habitant." + System.nanoTime() + "@example.org";
        try {
            submitRegistration(email);
            JsonNode messages = LocalStack.awaitMail(email);
            assertThat(messages).hasSize(1);
            browser.get(verificationLink(messages.get(0).path("mimeMessage").asString()));

            choosePassword("court");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "longueur minimale"));
            choosePassword("Un-mot-de-passe-solide-2026");

            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mon compte"));
            assertThat(browser.findElement(By.id("utilisateur")).getText()).isEqualTo("Nina Nouvelle");
        } finally {
            KeycloakRealm.realm().users().searchByEmail(email, true)
                    .forEach(user -> KeycloakRealm.realm().users().delete(user.getId()).close());
        }
    }

    @Test
    void aForgedLoginCallbackOpensNoSession() throws Exception {
        HttpResponse<Void> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        url("/login/oauth2/code/keycloak?code=forged&state=forged"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));

        open("/compte");
        wait.until(driver -> KeycloakLoginPage.isShown(driver));
        String realState = browser.getCurrentUrl().replaceFirst(".*[?&]state=([^&]+).*", "$1");
        open("/login/oauth2/code/keycloak?code=forged&state=" + realState + "x");
        open("/compte");
        wait.until(driver -> KeycloakLoginPage.isShown(driver));
        assertThat(browser.getPageSource()).doesNotContain("Mon compte");
    }

    private void choosePassword(String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        browser.findElement(By.cssSelector("[type='submit']")).click();
    }

    /** The e-mail verification link of Keycloak's mail (decoded from its MIME form). */
    private static String verificationLink(String mime) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
        String text = message.getContent() instanceof MimeMultipart parts
                ? String.valueOf(parts.getBodyPart(0).getContent()) : String.valueOf(message.getContent());
        Matcher link = Pattern.compile("https?://\\S+action-token\\S+").matcher(text);
        assertThat(link.find()).as("verification link in: %s", text).isTrue();
        return link.group().replaceAll("[>\"]+$", "");
    }

    /** Fills Keycloak's registration form and returns the page's text once it answers with the form again. */
    private String register(String email) {
        submitRegistration(email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
        return browser.findElement(By.tagName("body")).getText();
    }

    private void submitRegistration(String email) {
        browser.manage().deleteAllCookies();
        open("/compte");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='registration']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys(email);
        fillIfPresent("username", "habitant" + System.nanoTime());
        fillIfPresent("firstName", "Nina");
        fillIfPresent("lastName", "Nouvelle");
        browser.findElement(By.cssSelector("#kc-register-form [type='submit']")).click();
    }

    private void fillIfPresent(String id, String value) {
        browser.findElements(By.id(id)).forEach(field -> field.sendKeys(value));
    }
}
