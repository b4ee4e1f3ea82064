package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.LocalStack;
import jakarta.ws.rs.BadRequestException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
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

    @Test
    void aNewResidentReceivesTheVerificationMailOnTheLocalSmtpServer() throws Exception {
        String email = "nouvel.habitant." + System.nanoTime() + "@example.org";
        try {
            submitRegistration(email);
            JsonNode messages = LocalStack.awaitMail(email);
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0).path("mimeMessage").asString()).contains("action-token");
        } finally {
            KeycloakRealm.realm().users().searchByEmail(email, true)
                    .forEach(user -> KeycloakRealm.realm().users().delete(user.getId()).close());
        }
    }

    /**
     * Keycloak 26.7 asks for the password after the e-mail is verified, not on the registration form: the policy
     * that page applies is the realm's, checked here through the admin API with Keycloak's own message key.
     */
    @Test
    void theRealmRefusesWeakPasswords() {
        var weak = new CredentialRepresentation();
        weak.setType(CredentialRepresentation.PASSWORD);
        weak.setValue("court");
        weak.setTemporary(false);

        assertThatThrownBy(() -> KeycloakRealm.realm().users().get(KeycloakRealm.user("bruno").getId()).resetPassword(weak))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).getResponse().readEntity(String.class))
                        .contains("invalidPasswordMinLengthMessage"));
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
