package org.claimdesk.articles.ui;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AddArticleViewTest extends KaribuTest {

    @Autowired ArticleService articles;
    AddArticleView view;

    @BeforeEach
    void open() {
        users.signIn(Role.ANNOTATOR);
        view = show(new AddArticleView(articles));
    }

    private void fill(String title, String outlet, String body) {
        _setValue(view.title, title);
        _setValue(view.outlet, outlet);
        _setValue(view.body, body);
    }

    @Test
    void empty_title_and_outlet_show_messages_at_the_fields_and_nothing_is_added() {
        long before = articles.count("");
        fill("", "Wire", "Some text " + UUID.randomUUID());
        _click(view.save);
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Title is required.");

        fill("A title", "", "Some text " + UUID.randomUUID());
        _click(view.save);
        assertThat(view.title.isInvalid()).isFalse();
        assertThat(view.outlet.getErrorMessage()).isEqualTo("Outlet is required.");
        assertThat(articles.count("")).isEqualTo(before);
    }

    @Test
    void empty_body_and_an_overlong_title_are_explained() {
        fill("T", "Wire", "   ");
        _click(view.save);
        assertThat(view.body.isInvalid()).isTrue();
        assertThat(view.body.getErrorMessage()).isEqualTo("The article text is empty.");

        fill("t".repeat(10_000), "Wire", "Body " + UUID.randomUUID());
        _click(view.save);
        assertThat(view.title.getErrorMessage()).contains("10,000").contains("at most 500");
    }

    @Test
    void a_duplicate_shows_a_link_to_the_existing_article() {
        String body = "Duplicate me " + UUID.randomUUID();
        articles.create(new NewArticle("The original", "Wire", null, null, null, "en", body));

        fill("The copy", "Wire", body);
        _click(view.save);

        assertThat(view.duplicateNotice.isVisible()).isTrue();
        assertThat(view.duplicateNotice.getElement().getTextRecursively()).startsWith("The same text is already in Claimdesk");
        RouterLink link = _get(view.duplicateNotice, RouterLink.class);
        assertThat(link.getText()).isEqualTo("The original");
        assertThat(link.getHref()).matches("articles/\\d+");
        assertThat(articles.count("The copy")).isZero();
    }

    @Test
    void an_uploaded_html_file_fills_title_and_text_without_its_scripts() {
        String html = "<html><head><title>Uploaded story</title></head><body><p>One " + UUID.randomUUID()
                + "</p><script>alert(1)</script><p onclick=\"x()\">Two</p></body></html>";
        UploadKt._upload(view.upload, "story.html", "text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(view.title.getValue()).isEqualTo("Uploaded story");
        assertThat(view.body.getValue()).startsWith("One ").endsWith("\nTwo").doesNotContain("alert");
    }

    @Test
    void an_unsupported_or_binary_file_is_refused_with_a_message() {
        UploadKt._upload(view.upload, "photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(view.uploadMessage.getText()).contains(".txt, .md or .html");
        UploadKt._upload(view.upload, "photo.txt", "text/plain", new byte[] {(byte) 0x89, 'P', 0, 'G'});
        assertThat(view.uploadMessage.getText()).contains("does not contain UTF-8 text");
        assertThat(view.body.getValue()).isEmpty();
    }

    @Test
    void a_file_with_more_text_than_an_article_may_have_is_refused_at_upload_and_not_loaded() {
        byte[] big = ("Too long. " + UUID.randomUUID() + "\n").repeat(30_000).getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(view.upload, "long.txt", "text/plain", big);

        assertThat(view.uploadMessage.getText())
                .isEqualTo("The article text is %,d bytes; at most 1,048,576 (1 MB) fit.".formatted(big.length));
        assertThat(view.uploadMessage.hasClassName("error")).isTrue();
        assertThat(view.body.getValue()).isEmpty();
    }

    @Test
    void a_near_duplicate_says_it_matched_apart_from_spacing_and_blank_lines() {
        String body = "Spaced out " + UUID.randomUUID() + ".\nSecond paragraph.";
        articles.create(new NewArticle("The spaced original", "Wire", null, null, null, "en", body));

        fill("The reader copy", "Wire", body.replace("\n", "\n\n") + "\n");
        _click(view.save);

        assertThat(view.duplicateNotice.isVisible()).isTrue();
        assertThat(view.duplicateNotice.getElement().getTextRecursively())
                .startsWith("The same text, apart from spacing and blank lines, is already in Claimdesk: ")
                .contains("The spaced original").endsWith("Nothing was added.");
        assertThat(articles.count("The reader copy")).isZero();
    }

    @Test
    void a_body_of_invisible_characters_is_explained_at_the_text() {
        fill("Invisible", "Wire", "\u00A0\u200B\uFEFF");
        _click(view.save);
        assertThat(view.body.isInvalid()).isTrue();
        assertThat(view.body.getErrorMessage()).startsWith("The article text is empty: ").contains("invisible");
    }

    @Test
    void a_valid_article_is_added() {
        String marker = "Ok" + UUID.randomUUID().toString().substring(0, 8);
        fill("Story " + marker, "Wire", "Paragraph one " + marker + ".\r\nParagraph two 🤖.");
        _click(view.save);
        assertThat(articles.list(marker, PageRequest.of(0, 5))).hasSize(1);
    }
}
