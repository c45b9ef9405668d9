package org.claimdesk.e2e;

import java.util.List;
import java.util.UUID;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimHistoryService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.e2e.pages.ClaimReaderPage;
import org.claimdesk.e2e.pages.LoginPage;
import org.claimdesk.e2e.pages.ReviewPanel;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole review loop in two Chromium sessions: the annotator creates and submits a claim; the reviewer asks for
 * changes with a reason; the annotator sees it without reloading, edits and submits again; the reviewer approves;
 * the History tab shows every step with names and reasons. And two reviewers on one claim: the decision of the
 * first reaches the second at once, who is offered no second one.
 */
class ReviewBrowserTest extends BrowserTest {

    static final String TEXT = """
            The lab said its new model beats every rival on reasoning benchmarks.
            A spokesperson said the release is planned for next spring.""";
    static final String QUOTE = "its new model beats every rival on reasoning benchmarks";
    static final String REQUEST = "Leave out the benchmarks: the lab only claims the lead.";

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired ClaimHistoryService history;

    @AfterEach
    void signOutTestThread() {
        TestUsers.signOut();
    }

    @Test
    void annotator_and_reviewer_take_a_claim_through_review_and_the_history_shows_every_step() throws Exception {
        users.signIn(Role.ANNOTATOR);
        Article article = articles.create(new NewArticle("Review loop " + UUID.randomUUID(), "Test Wire", null, null,
                null, "en", TEXT + "\nRun " + UUID.randomUUID()));

        loginPage().signIn("annotator", TestUsers.DEMO_PASSWORD);
        ClaimReaderPage annotator = ClaimReaderPage.open(driver, url("/articles/" + article.id()));
        annotator.selectWithMouse(QUOTE).pressCreateShortcut().saveClaim();
        annotator.waitForText("1 claim");
        users.signIn(Role.VIEWER);
        Claim claim = claims.forArticle(article.id()).getFirst();
        ReviewPanel annotatorPanel = new ReviewPanel(driver).waitForStatus("Draft").submit().waitForStatus("Submitted");

        WebDriver second = newBrowser(new Dimension(1280, 800));
        try {
            LoginPage.open(second, url("/login")).signIn("reviewer", TestUsers.DEMO_PASSWORD);
            ClaimReaderPage.open(second, url("/articles/" + article.id() + "?claim=" + claim.id()));
            ReviewPanel reviewerPanel = new ReviewPanel(second).waitForStatus("Submitted")
                    .requestChanges("Wrong span", REQUEST).waitForStatus("Changes requested");

            annotatorPanel.waitForStatus("Changes requested");
            assertThat(annotatorPanel.reason()).contains("reviewer asked for changes", "Wrong span", REQUEST);
            annotator = ClaimReaderPage.open(driver, url("/articles/" + article.id() + "?claim=" + claim.id()));
            annotator.typeConfidence("40").saveClaim();
            annotator.waitForText("Changes saved.");
            annotatorPanel.submit().waitForStatus("Submitted");

            reviewerPanel.waitForStatus("Submitted").approve().waitForStatus("Approved");
            annotatorPanel.waitForStatus("Approved");

            String history = reviewerPanel.history("Approved by reviewer");
            for (String step : List.of("Approved by reviewer", "Submitted by annotator", "Edited by annotator",
                    "Confidence: 70 → 40", "Changes requested by reviewer", "Wrong span: " + REQUEST,
                    "Status: Submitted → Changes requested", "Created by annotator")) {
                assertThat(history).contains(step);
            }
            assertThat(history.indexOf("Approved by reviewer")).isLessThan(history.indexOf("Created by annotator"));
        } finally {
            second.quit();
        }
        users.signIn(Role.VIEWER);
        assertThat(claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void two_reviewers_on_one_claim_the_second_sees_the_first_decision_arrive_and_is_offered_no_second_one()
            throws Exception {
        users.signIn(Role.ANNOTATOR);
        Article article = articles.create(new NewArticle("Review race " + UUID.randomUUID(), "Test Wire", null, null,
                null, "en", TEXT + "\nRun " + UUID.randomUUID()));
        int start = TEXT.indexOf(QUOTE);
        Claim draft = claims.create(new NewClaim(article.id(), start, start + QUOTE.length(), QUOTE, new ClaimFields(null,
                Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 60, ClaimType.CAPABILITY, List.of(), null)));
        Claim submitted = review.submit(draft.id(), draft.version());
        String link = url("/articles/" + article.id() + "?claim=" + submitted.id());

        loginPage().signIn("reviewer", TestUsers.DEMO_PASSWORD);
        ClaimReaderPage.open(driver, link);
        ReviewPanel first = new ReviewPanel(driver).waitForStatus("Submitted");
        WebDriver second = newBrowser(new Dimension(1280, 800));
        try {
            LoginPage.open(second, url("/login")).signIn("editor", TestUsers.DEMO_PASSWORD);
            ClaimReaderPage.open(second, link);
            ReviewPanel other = new ReviewPanel(second).waitForStatus("Submitted");
            assertThat(other.mayApprove()).isTrue();

            first.approve().waitForStatus("Approved");

            other.waitForStatus("Approved");
            assertThat(other.reason()).isEqualTo("Approved by reviewer.");
            assertThat(other.mayApprove()).isFalse();
        } finally {
            second.quit();
        }
        users.signIn(Role.VIEWER);
        assertThat(history.history(submitted.id())).extracting(c -> c.kind().label())
                .containsExactly("Created", "Submitted", "Approved");
    }
}
