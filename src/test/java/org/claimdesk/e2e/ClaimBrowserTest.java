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
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.e2e.pages.ClaimReaderPage;
import org.claimdesk.e2e.pages.LoginPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimBrowserTest extends BrowserTest {

    static final String TEXT = """
            Researchers at the lab said the new model beats every rival on reasoning benchmarks.
            The company expects to release it next spring, a spokesperson said.
            Critics warned that the benchmark results could not be checked independently.""";

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;

    @AfterEach
    void signOutTestThread() {
        TestUsers.signOut();
    }

    private Article article(String body) {
        users.signIn(Role.ANNOTATOR);
        return articles.create(new NewArticle("Claims test " + UUID.randomUUID(), "Test Wire", null, null, null, "en",
                body + "\nRun " + UUID.randomUUID()));
    }

    private Claim claim(Article article, String quote, Speaker speaker, ClaimType type) {
        int at = article.body().indexOf(quote);
        int start = article.body().codePointCount(0, at);
        return claims.create(new NewClaim(article.id(), start, start + quote.codePointCount(0, quote.length()), quote,
                new ClaimFields(speaker.id(), Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 60, type, List.of(), null)));
    }

    private ClaimReaderPage openAs(String user, Article article) {
        loginPage().signIn(user, TestUsers.DEMO_PASSWORD);
        return ClaimReaderPage.open(driver, url("/articles/" + article.id()));
    }

    @Test
    void an_annotator_selects_text_with_the_mouse_and_creates_a_claim_with_a_new_speaker() {
        Article article = article(TEXT);
        ClaimReaderPage reader = openAs("annotator", article);
        String quote = "the new model beats every rival on reasoning benchmarks";
        String speakerName = "Dr. Ada " + UUID.randomUUID().toString().substring(0, 6);

        reader.selectWithMouse(quote);
        assertThat(reader.selectionHint()).contains(quote);
        reader.pressCreateShortcut();
        assertThat(reader.pendingText()).isEqualTo(quote);
        reader.addNewSpeaker(speakerName);
        assertThat(reader.speakerValue()).isEqualTo(speakerName);
        reader.saveClaim();

        users.signIn(Role.VIEWER);
        List<Claim> saved = claims.forArticle(article.id());
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().anchor().quote()).isEqualTo(quote);
        assertThat(saved.getFirst().speakerName()).isEqualTo(speakerName);
        reader.waitForText("1 claim");
        assertThat(reader.markedText(saved.getFirst().id())).isEqualTo(quote);
    }

    @Test
    void overlapping_claims_are_both_marked_and_each_can_be_clicked() {
        Article article = article(TEXT);
        Speaker lab = speakers.create(SpeakerFields.named("Lab researchers " + UUID.randomUUID(), SpeakerKind.ANONYMOUS_SOURCE));
        Claim wide = claim(article, "Researchers at the lab said the new model beats every rival", lab, ClaimType.CAPABILITY);
        Claim inner = claim(article, "beats every rival on reasoning benchmarks", lab, ClaimType.BENCHMARK);
        ClaimReaderPage reader = openAs("viewer", article);

        assertThat(reader.markedClaimIds()).containsExactly(wide.id(), inner.id());
        reader.clickOwnPartOf(wide.id());
        assertThat(reader.waitForEditorShowing(wide.anchor().quote(), "Capability or performance")).isEqualTo("Claim");
        reader.clickOwnPartOf(inner.id());
        assertThat(reader.waitForEditorShowing(inner.anchor().quote(), "Benchmark result")).isEqualTo("Claim");

        assertThat(reader.clickOverlap()).hasSize(2)
                .anySatisfy(label -> assertThat(label).contains("Capability or performance"))
                .anySatisfy(label -> assertThat(label).contains("Benchmark result"));
    }

    @Test
    void a_second_browser_sees_the_first_ones_new_claim_appear_without_reloading() throws Exception {
        Article article = article(TEXT);
        WebDriver second = newBrowser(new Dimension(1280, 800));
        try {
            LoginPage.open(second, url("/login")).signIn("viewer", TestUsers.DEMO_PASSWORD);
            ClaimReaderPage watching = ClaimReaderPage.open(second, url("/articles/" + article.id()));
            assertThat(watching.claimCount()).isZero();

            ClaimReaderPage writing = openAs("annotator", article);
            watching.waitForText("Also reading: annotator");
            assertThat(writing.presence()).isEqualTo("Also reading: viewer");
            writing.selectWithMouse("expects to release it next spring").pressCreateShortcut().saveClaim();
            writing.waitForText("1 claim");

            watching.waitForText("1 claim");
            assertThat(watching.markedClaimIds()).hasSize(1);
            assertThat(watching.markedText(watching.markedClaimIds().getFirst())).isEqualTo("expects to release it next spring");
        } finally {
            second.quit();
        }
    }

    @Test
    void with_emoji_before_it_a_mouse_selection_still_yields_the_right_quote_and_offsets() {
        String body = "Intro 👩‍🔬🚀 with emoji, עברית and e\u0301 before the claim.\r\n"
                + "🤖🤖 Robots said the cluster triples in size by 2027.\r\nLast line.";
        Article article = article(body);
        ClaimReaderPage reader = openAs("annotator", article);
        String quote = "the cluster triples in size by 2027";

        reader.selectWithMouse(quote);
        assertThat(reader.selectionHint()).isEqualTo("Selected: “" + quote + "”");
        reader.pressCreateShortcut().saveClaim().waitForText("1 claim");

        users.signIn(Role.VIEWER);
        Claim saved = claims.forArticle(article.id()).getFirst();
        String stored = articles.find(article.id()).orElseThrow().body();
        assertThat(saved.anchor().quote()).isEqualTo(quote);
        assertThat(saved.anchor().start()).isEqualTo(stored.codePointCount(0, stored.indexOf(quote)));
    }

    @Test
    void marks_are_reachable_with_the_keyboard_and_announce_speaker_and_type() {
        Article article = article(TEXT);
        Speaker critic = speakers.create(SpeakerFields.named("Critic " + UUID.randomUUID().toString().substring(0, 5), SpeakerKind.PERSON));
        Claim claim = claim(article, "the benchmark results could not be checked independently", critic, ClaimType.BENCHMARK);
        ClaimReaderPage reader = openAs("viewer", article);

        WebElement anchor = driver.findElement(By.cssSelector("claim-highlighter .hl-anchor[data-claim='" + claim.id() + "']"));
        assertThat(anchor.getDomAttribute("tabindex")).isEqualTo("0");
        assertThat(anchor.getDomAttribute("aria-label")).contains(critic.name()).contains("Benchmark result");
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", anchor);
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        assertThat(reader.waitForEditorShowing(claim.anchor().quote(), "Benchmark result")).isEqualTo("Claim");
        assertThat(driver.findElements(By.cssSelector("#claim-save"))).noneMatch(WebElement::isDisplayed);

        // A viewer's c starts no claim. Esc then clears the selection: once the panel says so, any round
        // trip that c could have started is over too (requests are answered in order).
        reader.selectWithoutMouse("reasoning benchmarks");
        new Actions(driver).sendKeys("c").perform();
        reader.pressEscape().waitForText("Click a mark to see its claim.");
        assertThat(reader.editorHeading()).isEqualTo("Claim");
        assertThat(driver.findElements(By.cssSelector("#claim-save"))).noneMatch(WebElement::isDisplayed);
    }

    @Test
    void esc_in_a_half_written_claim_asks_before_throwing_it_away() {
        Article article = article(TEXT);
        ClaimReaderPage reader = openAs("annotator", article);
        reader.selectWithMouse("expects to release it next spring").pressCreateShortcut();

        reader.typeNote("Check the date").pressEscape();

        reader.waitForText("Discard your unsaved claim?");
        reader.keepEditing();
        assertThat(reader.editorHeading()).isEqualTo("New claim");
        assertThat(reader.noteValue()).isEqualTo("Check the date");

        driver.findElement(By.cssSelector("#claim-note textarea")).click();
        reader.pressEscape().waitForText("Discard your unsaved claim?");
        reader.discardDraft();
        assertThat(reader.editorOpen()).isFalse();
        assertThat(reader.claimCount()).isZero();
    }

    @Test
    void a_confidence_of_50_5_is_refused_at_the_field_as_typed() {
        Article article = article(TEXT);
        ClaimReaderPage reader = openAs("annotator", article);
        reader.selectWithMouse("expects to release it next spring").pressCreateShortcut();
        assertThat(reader.confidenceInputMode()).isEqualTo("numeric");

        reader.typeConfidence("50.5").saveClaim();

        assertThat(reader.waitForFieldError("#claim-confidence")).isEqualTo("Confidence is a whole number from 0 to 100.");
        assertThat(reader.confidenceValue()).isEqualTo("50.5");
        assertThat(reader.editorHeading()).isEqualTo("New claim");
        users.signIn(Role.VIEWER);
        assertThat(claims.forArticle(article.id())).isEmpty();
    }

    @Test
    void an_arabic_article_runs_right_to_left_and_a_selection_in_it_saves_the_right_quote_and_offsets() {
        String body = "📰 قال الوزير إن الاقتصاد سينمو بنسبة خمسة في المئة هذا العام.\nورد المعارضون بأن الأرقام غير دقيقة.";
        users.signIn(Role.ANNOTATOR);
        Article article = articles.create(new NewArticle("مقال " + UUID.randomUUID(), "Test Wire", null, null, null, "ar",
                body + "\n" + UUID.randomUUID()));
        ClaimReaderPage reader = openAs("annotator", article);
        assertThat(reader.textLanguageAndDirection()).containsExactly("ar", "rtl", "rtl");
        String quote = "الاقتصاد سينمو بنسبة خمسة";

        reader.selectWithoutMouse(quote).pressCreateShortcut().saveClaim().waitForText("1 claim");

        users.signIn(Role.VIEWER);
        Claim saved = claims.forArticle(article.id()).getFirst();
        String stored = articles.find(article.id()).orElseThrow().body();
        int start = stored.codePointCount(0, stored.indexOf(quote));
        assertThat(saved.anchor().quote()).isEqualTo(quote);
        assertThat(saved.anchor().start()).isEqualTo(start);
        assertThat(saved.anchor().end()).isEqualTo(start + quote.codePointCount(0, quote.length()));
        assertThat(reader.markedText(saved.id())).isEqualTo(quote);
    }

    @Test
    void markup_in_the_article_and_in_speaker_names_is_shown_as_text_never_run() {
        String quote = "<img src=x onerror=\"window.pwned=1\"> & <b>bold</b>";
        Article article = article("The text says " + quote + " and more.");
        Speaker odd = speakers.create(SpeakerFields.named("\"><img src=x onerror=\"window.pwned=2\"> " + UUID.randomUUID(),
                SpeakerKind.PERSON));
        Claim claim = claim(article, quote, odd, ClaimType.OTHER);
        ClaimReaderPage reader = openAs("viewer", article);

        assertThat(reader.markedText(claim.id())).isEqualTo(quote);
        assertThat(driver.findElements(By.cssSelector("claim-highlighter img, claim-highlighter b, #claim-list img"))).isEmpty();
        WebElement anchor = driver.findElement(By.cssSelector("claim-highlighter .hl-anchor[data-claim='" + claim.id() + "']"));
        assertThat(anchor.getDomAttribute("aria-label")).contains(odd.name());
        assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void a_selection_across_two_paragraphs_keeps_the_line_break_in_its_quote() {
        Article article = article(TEXT);
        ClaimReaderPage reader = openAs("annotator", article);
        String quote = "a spokesperson said.\nCritics warned";

        reader.selectWithMouse(quote);
        assertThat(reader.selectionHint()).isEqualTo("Selected: “a spokesperson said. Critics warned”");
        reader.pressCreateShortcut().saveClaim().waitForText("1 claim");

        users.signIn(Role.VIEWER);
        assertThat(claims.forArticle(article.id()).getFirst().anchor().quote()).isEqualTo(quote);
    }

    @Test
    void choosing_a_claim_in_the_list_scrolls_its_mark_into_view_and_flashes_it() {
        Article article = article(TEXT);
        Speaker critic = speakers.create(SpeakerFields.named("Critic " + UUID.randomUUID().toString().substring(0, 5), SpeakerKind.PERSON));
        Claim claim = claim(article, "Critics warned", critic, ClaimType.SAFETY);
        ClaimReaderPage reader = openAs("viewer", article);

        reader.chooseInList(critic.name());

        reader.waitForText("Safety or risk");
        assertThat(reader.flashingClaimIds()).contains(claim.id());
        assertThat(reader.selectedClaimIds()).containsExactly(claim.id());
    }

    @Test
    void the_author_deletes_a_draft_claim_after_confirming_and_its_mark_disappears() {
        Article article = article(TEXT);
        Speaker critic = speakers.create(SpeakerFields.named("Critic " + UUID.randomUUID().toString().substring(0, 5), SpeakerKind.PERSON));
        Claim claim = claim(article, "Critics warned", critic, ClaimType.SAFETY);
        ClaimReaderPage reader = openAs("annotator", article);

        reader.clickOwnPartOf(claim.id()).deleteShownClaim();

        reader.waitForText("0 claims");
        assertThat(reader.markedClaimIds()).isEmpty();
        users.signIn(Role.VIEWER);
        assertThat(claims.find(claim.id())).isEmpty();
    }

    @Test
    void an_editor_merges_a_duplicate_speaker_in_the_speakers_view() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Article article = article(TEXT);
        Speaker keep = speakers.create(SpeakerFields.named("Lab Chief " + tag, SpeakerKind.PERSON));
        Speaker duplicate = speakers.create(SpeakerFields.named("The chief " + tag, SpeakerKind.PERSON));
        Claim claim = claim(article, "Critics warned", duplicate, ClaimType.SAFETY);
        loginPage().signIn("editor", TestUsers.DEMO_PASSWORD);
        driver.get(url("/speakers"));
        ClaimReaderPage page = new ClaimReaderPage(driver);
        page.waitForText("Speakers");

        page.mergeSpeaker(duplicate.name(), "Lab Chief " + tag);

        page.waitForText("Merged into Lab Chief " + tag);
        users.signIn(Role.VIEWER);
        assertThat(claims.find(claim.id()).orElseThrow().speaker().id()).isEqualTo(keep.id());
        assertThat(speakers.find(duplicate.id())).isEmpty();
    }
}
