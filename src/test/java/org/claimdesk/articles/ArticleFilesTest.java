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

    @Test
    void html_table_cells_become_separate_lines() {
        String html = "<table><caption>Scores</caption><tr><th>Name</th><th>Score</th></tr>"
                + "<tr><td>Alpha</td><td>100</td></tr><tr><td>Beta <b>Two</b></td><td>95</td></tr></table>";
        assertThat(ArticleFiles.extract("t.html", utf8(html)).text())
                .isEqualTo("Scores\nName\nScore\nAlpha\n100\nBeta Two\n95");
    }

    @Test
    void html_page_header_footer_and_aside_are_dropped_like_navigation() {
        String html = """
                <html><head><title>Story</title></head><body>
                <header><a href="/">Site name</a> Subscribe</header>
                <nav>Home</nav>
                <main><p>The story itself.</p><aside>Related: other stories</aside><p>Its end.</p></main>
                <footer>© Publisher, imprint</footer>
                </body></html>""";
        ArticleFiles.Extracted extracted = ArticleFiles.extract("page.html", utf8(html));
        assertThat(extracted.text()).isEqualTo("The story itself.\nIts end.");
        assertThat(extracted.title()).isEqualTo("Story");
    }

    @Test
    void html_declaring_windows_1252_is_read_in_that_encoding() {
        byte[] html = bytes("<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head>"
                + "<body><p>\u201cCaf\u00e9\u201d \u2013 na\u00efve \u20ac5</p></body></html>", "windows-1252");
        ArticleFiles.Extracted extracted = ArticleFiles.extract("cp1252.html", html);
        assertThat(extracted.title()).isEqualTo("Caf\u00e9");
        assertThat(extracted.text()).isEqualTo("\u201cCaf\u00e9\u201d \u2013 na\u00efve \u20ac5");

        byte[] latin1 = bytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "<p>\u201cquoted\u201d</p>", "windows-1252");
        assertThat(ArticleFiles.extract("latin1.htm", latin1).text()).isEqualTo("\u201cquoted\u201d");
    }

    @Test
    void utf16_files_with_a_byte_order_mark_are_read() {
        String html = "\uFEFF<html><head><title>Zwei</title></head><body><p>Gr\u00fc\u00dfe 🤖 \u0645\u0631\u062d\u0628\u0627</p></body></html>";
        assertThat(ArticleFiles.extract("le.html", bytes(html, "UTF-16LE")).text()).isEqualTo("Gr\u00fc\u00dfe 🤖 \u0645\u0631\u062d\u0628\u0627");
        assertThat(ArticleFiles.extract("be.html", bytes(html, "UTF-16BE")).title()).isEqualTo("Zwei");
        assertThat(ArticleFiles.extract("le.txt", bytes("\uFEFFLine one\r\nLine 🤖", "UTF-16LE")).text())
                .isEqualTo("Line one\r\nLine 🤖");
        assertThat(ArticleFiles.extract("be.md", bytes("\uFEFF# Heading", "UTF-16BE")).text()).isEqualTo("# Heading");
    }

    @Test
    void files_that_are_not_text_in_their_encoding_are_still_refused() {
        byte[] badUtf8Html = {'<', 'p', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'p', '>'};
        assertThatThrownBy(() -> ArticleFiles.extract("bad.html", badUtf8Html))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8 text");
        byte[] utf16WithoutBom = bytes("plain words", "UTF-16LE");
        assertThatThrownBy(() -> ArticleFiles.extract("nobom.txt", utf16WithoutBom)).hasMessageContaining("UTF-8 text");
        byte[] oddUtf16 = {(byte) 0xFF, (byte) 0xFE, 'a'};
        assertThatThrownBy(() -> ArticleFiles.extract("odd.txt", oddUtf16)).hasMessageContaining("UTF-16");
    }

    @Test
    void a_file_whose_text_is_over_the_body_limit_is_refused_with_that_limit() {
        byte[] big = utf8("a".repeat(ArticleLimits.MAX_BODY_BYTES + 1));
        assertThatThrownBy(() -> ArticleFiles.extract("big.txt", big))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).isEqualTo("The article text is 1,048,577 bytes; at most 1,048,576 (1 MB) fit.");
                });
        // Markup does not count: what matters is the text an article would hold.
        String html = "<p>" + "<span class=\"x\">word</span> ".repeat(60_000) + "</p>";
        assertThat(html.length()).isGreaterThan(ArticleLimits.MAX_BODY_BYTES);
        assertThat(ArticleFiles.extract("long.html", utf8(html)).text()).startsWith("word word");
    }

    @Test
    void a_file_with_no_visible_text_is_refused() {
        assertThatThrownBy(() -> ArticleFiles.extract("blank.txt", utf8("\u00A0\u200B\n\uFEFF")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).isEqualTo("“blank.txt” has no visible text.");
                });
        assertThatThrownBy(() -> ArticleFiles.extract("blank.html", utf8("<p>&nbsp;&#8203;</p><script>x()</script>")))
                .hasMessageContaining("no visible text");
    }

    static byte[] bytes(String s, String charset) {
        return s.getBytes(java.nio.charset.Charset.forName(charset));
    }
}
