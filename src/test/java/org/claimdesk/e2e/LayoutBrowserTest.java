package org.claimdesk.e2e;

import java.io.IOException;
import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.AppPage;
import org.claimdesk.e2e.pages.ReaderPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout on a phone (390×844): navigation behind the menu button, the article readable without sideways scrolling. */
class LayoutBrowserTest extends BrowserTest {

    @BeforeAll
    static void usePhoneSize() throws IOException {
        driver.quit();
        driver = newBrowser(new Dimension(390, 844), true);
    }

    private long overflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
    }

    @Test
    void on_a_phone_the_menu_opens_from_the_toggle_and_the_article_fits_the_screen() {
        AppPage app = loginPage().signIn("viewer", TestUsers.DEMO_PASSWORD).menuClosed();
        assertThat(((JavascriptExecutor) driver).executeScript("return window.innerWidth")).isEqualTo(390L);
        assertThat(app.signOutReachable()).isFalse();

        app.openMenu();
        assertThat(app.signOutReachable()).isTrue();
        assertThat(app.currentRole()).isEqualTo("Viewer");

        app.navigateFromMenu("Articles");
        ReaderPage reader = app.articles().filter("Behemoth").open(ArticleBrowserTest.DEMO_TITLE);
        assertThat(reader.paragraphs().getFirst()).startsWith("The best members of The new Superintelligence");
        assertThat(overflow()).isZero();
    }
}
