package fr.ensemble.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.platform.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Pantin's animateur on the participation back office, for the browser tests of its pages. */
abstract class ParticipationAgentBrowserTest extends BrowserTest {

    void logInAsPantinsAnimateur() {
        open("/agent/pantin/participation");
        KeycloakLoginPage.logIn(browser, wait, "agent.pantin", Tokens.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nouvelle-campagne")));
    }

    /** Newest first: the campaign a fixture just created is the first row with its title. */
    void openCampaign(String title) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campagnes-agent"), title));
        browser.findElement(By.xpath("(//vaadin-grid-cell-content[normalize-space(.)=\"" + title + "\"])[1]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campagne-detail")));
    }

    void type(String id, String text) {
        browser.findElement(By.cssSelector("#" + id + " input")).sendKeys(text);
    }

    /** Vaadin marks the page aria-hidden while an overlay (select, date picker) is open or closing. */
    void auditOnceOverlaysClosed() throws Exception {
        wait.until(driver -> browser.executeScript("return document.querySelectorAll('[data-aria-hidden]').length === 0;")
                .equals(true));
        assertThat(AccessibilityAudit.violations(browser)).isEmpty();
    }
}
