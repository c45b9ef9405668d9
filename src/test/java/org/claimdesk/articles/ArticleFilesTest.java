package org.claimdesk.articles;

import java.nio.charset.StandardCharsets;
import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleFilesTest {

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void html_keeps_paragraphs_and_drops_scripts_styles_frames_and_handlers() {
        String html = """
                <html><head><title>Lab &amp; model</title><style>p{color:red}</style>
                <script>alert('head')</script></head>
                <body><nav><a href="/">Home</a></nav>
                <h1>Heading</h1>
                <p>First   paragraph with <b>bold</b>
                   and a <a href="javascript:alert(1)">link</a>.</p>
                <script>document.write('evil')</script>
                <p>Second <img src=x onerror="alert(2)">paragraph.</p>
                <iframe src="https://example.org">frame text</iframe>
                <div>Third<br>line</div>
                </body></html>""";

        ArticleFiles.Extracted extracted = ArticleFiles.extract("page.html", utf8(html));

        assertThat(extracted.title()).isEqualTo("Lab & model");
        assertThat(extracted.text()).isEqualTo(
                "Heading\nFirst paragraph with bold and a link.\nSecond paragraph.\nThird\nline");
        assertThat(extracted.text()).doesNotContain("alert", "evil", "onerror", "javascript", "frame text", "Home");
    }

    @Test
    void html_without_title_takes_the_first_heading() {
        var extracted = ArticleFiles.extract("a.htm", utf8("<h1>Only heading</h1><p>Text</p>"));
        assertThat(extracted.title()).isEqualTo("Only heading");
    }

    @Test
    void text_and_markdown_come_through_unchanged_and_a_bom_is_dropped() {
        String text = "# Title\r\n\r\nEmoji 🤖 and עברית\n";
        assertThat(ArticleFiles.extract("a.md", utf8(text)).text()).isEqualTo(text);
        assertThat(ArticleFiles.extract("A.TXT", utf8("\uFEFFhello")).text()).isEqualTo("hello");
    }

    @Test
    void unsupported_binary_empty_and_oversized_files_are_refused_with_a_message() {
        assertThatThrownBy(() -> ArticleFiles.extract("report.pdf", utf8("%PDF-1.7")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(".txt, .md or .html");
        assertThatThrownBy(() -> ArticleFiles.extract("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8 text");
        assertThatThrownBy(() -> ArticleFiles.extract("nul.txt", new byte[] {'a', 0, 'b'}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8 text");
        assertThatThrownBy(() -> ArticleFiles.extract("empty.txt", new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessage("The file is empty.");
        assertThatThrownBy(() -> ArticleFiles.extract("big.txt", new byte[ArticleLimits.MAX_UPLOAD_BYTES + 1]))
                .isInstanceOf(InvalidInputException.class).hasMessage("The file is larger than 5 MB.");
    }

    @Test
    void normalisation_turns_crlf_and_cr_into_lf_and_composes_accents() {
        assertThat(ArticleText.normalize("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
        assertThat(ArticleText.normalize("e\u0301")).isEqualTo("\u00e9");
        assertThat(ArticleText.paragraphs("one\n\n  \ntwo")).containsExactly("one", "two");
    }
}
