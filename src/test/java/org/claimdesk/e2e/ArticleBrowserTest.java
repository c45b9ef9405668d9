package org.claimdesk.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.AddArticlePage;
import org.claimdesk.e2e.pages.ArticleListPage;
import org.claimdesk.e2e.pages.ReaderPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleBrowserTest extends BrowserTest {

    static final String DEMO_TITLE = "Meta’s superintelligence lab discusses moving away from an open Behemoth";
    static final String DEMO_FIRST_SENTENCE = "The best members of The new Superintelligence laboratory of Meta "
            + "Discussion that moves away from the powerful model to the company’s open source, Behemoth, and "
            + "instead developing a closed model, Reports the New York Times.";

    @TempDir
    Path files;

    private ArticleListPage signInAs(String user) {
        return loginPage().signIn(user, TestUsers.DEMO_PASSWORD).articles();
    }

    @Test
    void a_viewer_opens_the_demo_article_and_reads_its_first_sentence() {
        ReaderPage reader = signInAs("viewer").filter("Behemoth").open(DEMO_TITLE);

        assertThat(reader.heading()).isEqualTo(DEMO_TITLE);
        assertThat(reader.paragraphs()).hasSize(13);
        assertThat(reader.paragraphs().getFirst()).isEqualTo(DEMO_FIRST_SENTENCE);
        assertThat(driver.getCurrentUrl()).matches(".*/articles/\\d+$");
    }

    @Test
    void the_reader_is_deep_linkable() {
        ReaderPage reader = signInAs("viewer").filter("Behemoth").open(DEMO_TITLE);
        String address = driver.getCurrentUrl();
        driver.navigate().refresh();
        driver.get(address);
        assertThat(new ReaderPage(driver).waitForText(DEMO_FIRST_SENTENCE)).contains(DEMO_TITLE);
        assertThat(reader.heading()).isEqualTo(DEMO_TITLE);
    }

    @Test
    void an_annotator_adds_an_article_by_pasting_text_with_emoji_and_right_to_left_script() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        ReaderPage reader = signInAs("annotator").add()
                .title("Pasted story " + marker)
                .outlet("The Paste Post")
                .body("First paragraph 🤖 " + marker + ".\nقال الباحثون\nThird <b>paragraph</b>.")
                .save();

        assertThat(reader.heading()).isEqualTo("Pasted story " + marker);
        assertThat(reader.paragraphs()).containsExactly("First paragraph 🤖 " + marker + ".", "قال الباحثون",
                "Third <b>paragraph</b>.");
    }

    @Test
    void an_annotator_uploads_an_html_file_and_its_script_is_gone_but_its_paragraphs_stay() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path html = files.resolve("story.html");
        Files.writeString(html, """
                <html><head><title>Uploaded %s</title><script>document.title='hacked'</script></head>
                <body><p>Opening paragraph %s.</p>
                <script>window.stolen = 'secret-script-text';</script>
                <p>Closing <a href="javascript:alert(1)">paragraph</a> <img src=x onerror="alert(2)">.</p>
                </body></html>""".formatted(marker, marker));

        AddArticlePage form = signInAs("annotator").add().upload(html);
        assertThat(form.titleValue()).isEqualTo("Uploaded " + marker);
        ReaderPage reader = form.outlet("Upload Weekly").save();

        assertThat(reader.paragraphs()).containsExactly("Opening paragraph " + marker + ".", "Closing paragraph .");
        assertThat(reader.visibleText()).doesNotContain("secret-script-text").doesNotContain("alert");
        assertThat(driver.getTitle()).doesNotContain("hacked");
    }

    @Test
    void adding_the_same_text_again_shows_a_link_to_the_existing_article() {
        signInAs("annotator").add().title("Copy").outlet("Copycat").body(
                ReaderPage.class.getSimpleName() + " duplicate " + UUID.randomUUID()).save();
        String body = String.join("\n", new ReaderPage(driver).paragraphs());

        driver.get(url("/articles/new"));
        AddArticlePage again = new AddArticlePage(driver).title("Copy again").outlet("Copycat").body(body);
        again.saveExpectingError();

        assertThat(again.waitForText("already in Claimdesk")).contains("Nothing was added");
        assertThat(driver.findElements(org.openqa.selenium.By.linkText("Copy"))).hasSize(1);
    }
}
