package org.claimdesk.claims;

import org.claimdesk.articles.ArticleText;
import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextAnchorTest {

    static int cp(String body, String part) {
        return body.codePointCount(0, body.indexOf(part));
    }

    @Test
    void offsets_count_code_points_so_emoji_before_the_quote_do_not_shift_it() {
        String body = "👩‍🔬🚀 Lab says 🤖 model is ready.";
        int start = cp(body, "model");
        TextAnchor anchor = TextAnchor.locate(body, start, start + 5, "model");
        assertThat(anchor.quote()).isEqualTo("model");
        // UTF-16 puts "model" at 20; code points at 16 (the ZWJ sequence is 3 code points, 5 UTF-16 units)
        assertThat(body.indexOf("model")).isEqualTo(20);
        assertThat(anchor.start()).isEqualTo(16);
    }

    @Test
    void emoji_inside_the_quote_and_combining_marks_are_whole_code_points() {
        String body = ArticleText.normalize("Cafe\u0301 said 🤖🤖 twice, and a\u0308\u0301 stays decomposed.");
        int start = cp(body, "🤖🤖");
        TextAnchor anchor = TextAnchor.locate(body, start, start + 2, "🤖🤖");
        assertThat(anchor.quote()).isEqualTo("🤖🤖");
        int mark = cp(body, "\u00e4\u0301");
        assertThat(TextAnchor.locate(body, mark, mark + 2, "\u00e4\u0301").quote()).isEqualTo("\u00e4\u0301");
    }

    @Test
    void right_to_left_text_and_lines_after_a_crlf_import_anchor_by_logical_order() {
        String body = ArticleText.normalize("First line\r\nقال الباحثون إن النموذج جاهز\r\nLast");
        int start = cp(body, "النموذج");
        TextAnchor anchor = TextAnchor.locate(body, start, start + 7, "النموذج");
        assertThat(anchor.quote()).isEqualTo("النموذج");
        int last = cp(body, "Last");
        assertThat(last).isEqualTo(11 + 28 + 1); // each CRLF became one LF
        assertThat(TextAnchor.locate(body, last, last + 4, "Last").prefix()).endsWith("جاهز\n");
    }

    @Test
    void a_selection_across_paragraphs_keeps_the_line_break() {
        String body = "One end.\nTwo start.";
        TextAnchor anchor = TextAnchor.locate(body, 4, 13, "end.\nTwo ");
        assertThat(anchor.quote()).isEqualTo("end.\nTwo ");
    }

    @Test
    void prefix_and_suffix_hold_up_to_32_code_points() {
        String body = "x".repeat(40) + "QUOTE" + "y".repeat(40);
        TextAnchor anchor = TextAnchor.locate(body, 40, 45, "QUOTE");
        assertThat(anchor.prefix()).isEqualTo("x".repeat(32));
        assertThat(anchor.suffix()).isEqualTo("y".repeat(32));
        TextAnchor whole = TextAnchor.locate(body, 0, 85, body);
        assertThat(whole.prefix()).isEmpty();
        assertThat(whole.suffix()).isEmpty();
    }

    @Test
    void bad_offsets_whitespace_and_mismatched_quotes_are_refused() {
        String body = "Hello world.\n\nBye.";
        assertThatThrownBy(() -> TextAnchor.locate(body, -1, 3, "He")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> TextAnchor.locate(body, 10, 99, "x")).hasMessageContaining("outside");
        assertThatThrownBy(() -> TextAnchor.locate(body, 5, 2, "x")).hasMessageContaining("empty or reversed");
        assertThatThrownBy(() -> TextAnchor.locate(body, 3, 3, "")).hasMessageContaining("empty or reversed");
        assertThatThrownBy(() -> TextAnchor.locate(body, 12, 14, "\n\n")).hasMessageContaining("only spaces");
        assertThatThrownBy(() -> TextAnchor.locate(body, 0, 5, "Jello")).hasMessageContaining("no longer matches");
    }
}
