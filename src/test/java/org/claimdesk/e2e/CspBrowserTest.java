package org.claimdesk.e2e;

import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.AppPage;
import org.claimdesk.e2e.pages.ClaimReaderPage;
import org.claimdesk.e2e.pages.ErrorPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** Claimdesk works under its Content-Security-Policy: the browser refuses nothing the app itself does. */
class CspBrowserTest extends BrowserTest {

    @BeforeEach
    void watchViolations() {
        CspViolations.watch(driver);
    }

    @Test
    void an_annotator_signs_in_reads_and_starts_a_claim_without_any_csp_violation() {
        loginPage();
        CspViolations.assertNoneSoFar(driver);

        AppPage app = loginPage().signIn("annotator", TestUsers.DEMO_PASSWORD);
        app.articles().filter("Behemoth").open(ArticleBrowserTest.DEMO_TITLE);
        ClaimReaderPage reader = new ClaimReaderPage(driver);
        reader.selectWithMouse("delayed its release due to disappointing internal performance").pressCreateShortcut();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        reader.waitForVaadin();
        CspViolations.assertNoneSoFar(driver);

        driver.get(url("/articles"));
        app.articles().add();
        CspViolations.assertNoneSoFar(driver);

        ErrorPage.open(driver, url("/nonexistent"));
        CspViolations.assertNoneSoFar(driver);
    }

    @Test
    void an_admin_manages_users_and_speakers_without_any_csp_violation() {
        AppPage app = loginPage().signIn("admin", TestUsers.DEMO_PASSWORD);
        driver.get(url("/admin/users"));
        app.waitForText("Ada Admin");
        app.filterUsers("vera");
        driver.get(url("/speakers"));
        app.waitForVaadin();
        CspViolations.assertNoneSoFar(driver);

        app.signOut();
        CspViolations.assertNoneSoFar(driver);
    }

    @Test
    void an_inline_script_the_page_was_not_served_with_does_not_run() {
        loginPage();
        ((JavascriptExecutor) driver).executeScript("""
                const s = document.createElement('script');
                s.textContent = 'window.injected = true';
                document.head.append(s);""");
        CspViolations.probe(driver);

        assertThat(((JavascriptExecutor) driver).executeScript("return window.injected === true")).isEqualTo(false);
        assertThat(CspViolations.seen(driver)).anySatisfy(v -> assertThat(v).startsWith("script-src-elem refused inline")
                .doesNotContain(CspViolations.PROBE_HOST));
    }
}
