package fr.ensemble.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run inside the page: the WCAG 2.1 A and AA rules that a machine can check (RGAA 4 builds on them).
 * Returns one line per violated rule, with how many elements break it.
 */
final class AccessibilityAudit {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.length
                   + ' × ' + v.nodes[0].target.join(' '))))
               .catch(error => done(['axe failed: ' + error]));
            """;

    private AccessibilityAudit() {
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver browser) throws IOException {
        var javascript = (JavascriptExecutor) browser;
        javascript.executeScript(Files.readString(Path.of(System.getProperty("ensemble.axe.script"))));
        return (List<String>) javascript.executeAsyncScript(RUN);
    }
}
