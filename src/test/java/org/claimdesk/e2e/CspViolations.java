package org.claimdesk.e2e;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records every Content-Security-Policy violation in the browser: a listener for
 * {@code securitypolicyviolation} events that Chromium installs in each new page before the page's
 * own scripts run, keeping what it saw in the tab's session storage across page loads.
 */
final class CspViolations {

    /** Blocked by the policy before any request is made: nothing leaves the machine. */
    static final String PROBE_HOST = "csp-probe.invalid";

    private static final String LISTENER = """
            if (!window.cspWatched) {
              window.cspWatched = true;
              document.addEventListener('securitypolicyviolation', e => {
                const seen = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
                seen.push(e.effectiveDirective + ' refused ' + e.blockedURI + ' on ' + e.documentURI
                    + (e.sample ? ': ' + e.sample : ''));
                sessionStorage.setItem('csp-violations', JSON.stringify(seen));
              });
            }
            """;

    private static final AtomicInteger PROBES = new AtomicInteger();

    private CspViolations() {
    }

    /** From the next page load on; forgets what this tab recorded before (the tab must show a Claimdesk page). */
    static void watch(WebDriver driver) {
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
        ((JavascriptExecutor) driver).executeScript("sessionStorage.removeItem('csp-violations')");
    }

    @SuppressWarnings("unchecked")
    static List<String> seen(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return JSON.parse(sessionStorage.getItem('csp-violations') || '[]')");
    }

    /**
     * Makes one violation on purpose (an image from another host) and waits until the listener has
     * recorded it: by then every violation of this page so far is recorded too. Returns the probe's address.
     */
    static String probe(WebDriver driver) {
        String src = "https://" + PROBE_HOST + "/" + PROBES.incrementAndGet() + ".png";
        ((JavascriptExecutor) driver).executeScript(
                "const img = new Image(); img.src = arguments[0]; document.body.append(img);", src);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> seen(d).stream().anyMatch(v -> v.contains(src)));
        return src;
    }

    /** Asserts that the pages seen so far broke the policy only where {@link #probe} did. */
    static void assertNoneSoFar(WebDriver driver) {
        probe(driver);
        assertThat(seen(driver)).as("CSP violations").allSatisfy(v -> assertThat(v).contains(PROBE_HOST));
    }
}
