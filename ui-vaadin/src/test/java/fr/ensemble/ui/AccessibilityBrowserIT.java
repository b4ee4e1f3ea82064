package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages of the platform pass axe-core's WCAG 2.1 AA checks, public ones and logged-in ones. */
@IntegrationTest
class AccessibilityBrowserIT extends BrowserTest {

    @Test
    void publicPagesHaveNoAccessibilityViolation() throws Exception {
        for (String page : new String[] {"/", "/pantin", "/atlantis"}) {
            open(page);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertThat(AccessibilityAudit.violations(browser)).as(page).isEmpty();
        }
    }

    @Test
    void accountAndBackOfficePagesHaveNoAccessibilityViolation() throws Exception {
        open("/agent/pantin");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Espace agent — Pantin"));
        assertThat(AccessibilityAudit.violations(browser)).as("/agent/pantin").isEmpty();

        open("/compte");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mon compte"));
        assertThat(AccessibilityAudit.violations(browser)).as("/compte").isEmpty();
    }
}
