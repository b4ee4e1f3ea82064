package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.Tokens;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Logging in through Keycloak's pages in a real browser: one account everywhere, agents confined to their commune. */
@IntegrationTest
class IdentityBrowserIT extends BrowserTest {

    @Autowired
    ResidentProfileService profiles;


    @Test
    void anAgentWorksInTheirCommuneAndIsRefusedInAnother() throws Exception {
        open("/agent/pantin");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace agent — Pantin"));
        assertThat(browser.findElement(By.id("modules")).getText()).contains("Participation citoyenne");
        assertThat(statusOf("/agent/pantin")).isEqualTo(200);

        open("/agent/bagnolet");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Accès refusé"));
        assertThat(browser.getPageSource()).doesNotContain("Espace agent — Bagnolet");
        assertThat(statusOf("/agent/bagnolet")).isEqualTo(403);
    }

    @Test
    void aResidentLogsInOnceAndIsRecognisedInEveryCommune() {
        open("/compte");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mon compte"));
        assertThat(browser.findElement(By.id("utilisateur")).getText()).isEqualTo("Alice Martin");
        for (String commune : new String[] {"/pantin", "/montreuil"}) {
            open(commune);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("commune-banner")));
            assertThat(browser.findElement(By.id("utilisateur")).getText()).isEqualTo("Alice Martin");
        }
        String alice = KeycloakRealm.user("alice").getId();
        assertThat(Acting.asSubject(alice, List.of(), () -> profiles.find(alice))).hasValueSatisfying(
                profile -> assertThat(profile.getEmail()).isEqualTo("alice@example.org"));
    }

    @Test
    void loggingOutEndsTheSessionInTheApplicationAndInKeycloak() {
        open("/compte");
        KeycloakLoginPage.logIn(browser, wait, "bruno", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mon compte"));

        browser.findElement(By.id("deconnexion")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("connexion")));
        open("/compte");
        wait.until(driver -> KeycloakLoginPage.isShown(driver));
    }

    @Test
    void loggingOutInKeycloakEndsTheApplicationSession() {
        open("/compte");
        KeycloakLoginPage.logIn(browser, wait, "bruno", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mon compte"));

        KeycloakRealm.realm().users().get(KeycloakRealm.user("bruno").getId()).logout();

        wait.until(driver -> {
            open("/compte");
            return KeycloakLoginPage.isShown(driver);
        });
    }

    @Test
    void franceConnectLogsInThroughTheBrokeredProvider() {
        open("/compte");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("social-franceconnect"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("jean.dupont");
        browser.findElement(By.id("password")).sendKeys("franceconnect");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mon compte"));
        assertThat(browser.findElement(By.id("utilisateur")).getText()).isEqualTo("Jean Dupont");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("15/06/1975");
    }

    @Test
    void franceConnectLinksToTheExistingAccountWithTheSameEmail() {
        var franceConnect = KeycloakRealm.realm("franceconnect-sim").users();
        var identity = new UserRepresentation();
        identity.setUsername("bruno.fc." + System.nanoTime());
        identity.setEmail("bruno@example.org");
        identity.setEmailVerified(true);
        identity.setFirstName("Bruno");
        identity.setLastName("Diallo");
        identity.setEnabled(true);
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("franceconnect");
        password.setTemporary(false);
        identity.setCredentials(List.of(password));
        franceConnect.create(identity).close();
        var bruno = KeycloakRealm.realm().users().get(KeycloakRealm.user("bruno").getId());
        try {
            open("/compte");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("social-franceconnect"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(identity.getUsername());
            browser.findElement(By.id("password")).sendKeys("franceconnect");
            browser.findElement(By.id("kc-login")).click();

            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mon compte"));
            assertThat(browser.findElement(By.id("utilisateur")).getText()).isEqualTo("Bruno Diallo");
            assertThat(bruno.getFederatedIdentity()).extracting(link -> link.getIdentityProvider())
                    .containsExactly("franceconnect");
        } finally {
            bruno.getFederatedIdentity().forEach(link -> bruno.removeFederatedIdentity(link.getIdentityProvider()));
            franceConnect.searchByUsername(identity.getUsername(), true)
                    .forEach(user -> franceConnect.delete(user.getId()).close());
        }
    }

    @Test
    void territoryAdministratorsOnboardFromTheirHomeAndAgentsAreRefusedThere() {
        open("/territoire");
        KeycloakLoginPage.logIn(browser, wait, "admin.territoire", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace territoire"));
        assertThat(browser.findElement(By.id("communes")).getText()).contains("Pantin — INSEE 93055");

        fill("nouvelle-commune-identifiant", "Pantin Bis");
        fill("nouvelle-commune-nom", "Pantin");
        browser.findElement(By.id("accueillir-commune")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nouvelle-commune-identifiant"),
                "minuscules sans accent"));

        fill("nouvelle-commune-identifiant", "pantin");
        fill("nouvelle-commune-insee", "93055");
        browser.findElement(By.id("accueillir-commune")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "Pantin était déjà accueillie : rien n'a changé."));
    }

    @Test
    void anAgentIsRefusedTheTerritoryHome() throws Exception {
        open("/territoire");
        KeycloakLoginPage.logIn(browser, wait, "agent.bagnolet", Tokens.DEMO_PASSWORD);

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Accès refusé"));
        assertThat(statusOf("/territoire")).isEqualTo(403);
    }

    private void fill(String id, String value) {
        var field = browser.findElement(By.id(id));
        field.findElement(By.tagName("input")).clear();
        field.findElement(By.tagName("input")).sendKeys(value);
    }

}
