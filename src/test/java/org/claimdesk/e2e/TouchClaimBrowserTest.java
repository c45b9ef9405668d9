package org.claimdesk.e2e;

import java.io.IOException;
import java.util.UUID;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.e2e.pages.ClaimReaderPage;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims on a phone (390×844, touch). A long-press selection fires no mouseup, only the selection's own
 * events, so the highlighter offers a floating "New claim" button below it.
 */
class TouchClaimBrowserTest extends BrowserTest {

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;

    @BeforeAll
    static void usePhone() throws IOException {
        driver.quit();
        driver = newBrowser(new Dimension(390, 844), true);
    }

    @AfterEach
    void signOutTestThread() {
        TestUsers.signOut();
    }

    @Test
    void on_a_phone_a_selection_offers_a_floating_new_claim_button_that_creates_the_claim() {
        users.signIn(Role.ANNOTATOR);
        Article article = articles.create(new NewArticle("Touch " + UUID.randomUUID(), "Test Wire", null, null, null, "en",
                ClaimBrowserTest.TEXT + "\nRun " + UUID.randomUUID()));
        loginPage().signIn("annotator", TestUsers.DEMO_PASSWORD);
        ClaimReaderPage reader = ClaimReaderPage.open(driver, url("/articles/" + article.id()));
        reader.waitForText("Select a passage, then tap “New claim”.");
        String quote = "expects to release it next spring";

        reader.selectWithoutMouse(quote).tapFloatingNewClaim();
        assertThat(reader.pendingText()).isEqualTo(quote);
        reader.typeNote("Said at the launch event").saveClaim().waitForText("1 claim");

        assertThat(reader.waitForListedClaim(quote)).contains(quote, "Other", "70%");
        assertThat(reader.claimCount()).isEqualTo(1);
        users.signIn(Role.VIEWER);
        Claim saved = claims.forArticle(article.id()).getFirst();
        assertThat(saved.anchor().quote()).isEqualTo(quote);
        assertThat(saved.note()).isEqualTo("Said at the launch event");
    }
}
