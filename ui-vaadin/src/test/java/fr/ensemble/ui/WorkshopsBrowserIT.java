package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import fr.ensemble.rendezvous.application.NewWorkshop;
import fr.ensemble.rendezvous.application.Workshops;
import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import fr.ensemble.rendezvous.domain.Workshop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alice registers for a Pantin workshop from the booking page's "Ateliers" section, finds the registration in Mon
 * compte and cancels it there; axe-core audits each page.
 */
@IntegrationTest
class WorkshopsBrowserIT extends BrowserTest {

    @Autowired
    Workshops workshops;

    @Autowired
    PlaceRepository places;

    @Test
    void aResidentRegistersForAWorkshopAndCancelsFromMonCompte() throws Exception {
        Workshop workshop = Acting.as("agent.pantin", List.of("pantin:agent"), () -> TenantContext.call("pantin", () -> {
            Instant start = Instant.now().plus(Duration.ofDays(12));
            return workshops.create(new NewWorkshop("Atelier navigateur " + UUID.randomUUID().toString().substring(0, 8),
                    AppointmentTypeKind.AIDE_NUMERIQUE, places.findAll().getFirst().getId(), start,
                    start.plus(Duration.ofHours(2)), 8, "Découvrir les démarches en ligne."));
        }));
        String card = "atelier-" + workshop.getId();

        open("/pantin/rendez-vous");
        KeycloakLoginPage.logIn(browser, wait, "alice", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(card)));
        assertThat(browser.findElement(By.id(card)).getText()).contains(workshop.getTitle(), "8 places restantes sur 8.");
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();

        browser.findElement(By.id(card + "-inscrire")).click();
        String result = wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(card + "-resultat"),
                "Inscription confirmée")) ? browser.findElement(By.id(card + "-resultat")).getText() : "";
        String reference = result.replaceAll(".*\\((?:référence )?(ATL-[A-Z2-9]{8})\\).*", "$1");
        assertThat(reference).matches("ATL-[A-Z2-9]{8}");

        open("/compte");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), reference));
        browser.findElement(By.linkText(reference)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-atelier"), reference));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
        browser.findElement(By.id("annuler-atelier")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-atelier"), "annulée"));
        assertThat(browser.findElement(By.id("detail-atelier")).getText()).contains("Annulé");
    }
}
