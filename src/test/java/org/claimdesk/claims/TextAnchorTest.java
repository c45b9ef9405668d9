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

    @Test
    void a_selection_of_only_invisible_characters_is_refused() {
        String body = "Visible words.\u00A0\u200B\uFEFF\u2060 More words.";
        int from = cp(body, "\u00A0");
        assertThatThrownBy(() -> TextAnchor.locate(body, from, from + 4, "\u00A0\u200B\uFEFF\u2060"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("selection");
                    assertThat(e.getMessage()).contains("invisible characters");
                });
        assertThat(TextAnchor.locate(body, from, from + 6, "\u00A0\u200B\uFEFF\u2060 M").quote()).endsWith("M");
    }

    @Test
    void a_selection_that_starts_or_ends_inside_an_emoji_sequence_is_refused() {
        String family = "👩\u200D👩\u200D👧\u200D👦"; // 7 code points, one character on screen
        String body = "The " + family + " family spoke.";
        int emoji = cp(body, family);
        int after = emoji + 7;
        assertThatThrownBy(() -> TextAnchor.locate(body, emoji + 1, after + 7, "\u200D👩\u200D👧\u200D👦 family"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("starts inside a character");
        assertThatThrownBy(() -> TextAnchor.locate(body, emoji - 4, emoji + 2, "The 👩\u200D"))
                .hasMessageContaining("ends inside a character");
        assertThat(TextAnchor.locate(body, emoji, after, family).quote()).isEqualTo(family);
        assertThat(TextAnchor.locate(body, emoji - 4, after + 7, "The " + family + " family").start()).isZero();
    }

    @Test
    void a_selection_between_a_letter_and_its_combining_accent_or_inside_a_flag_is_refused() {
        // q with an acute accent has no precomposed form, so it stays two code points after NFC.
        String body = ArticleText.normalize("Say q\u0301 then 🇩🇪🇫🇷 now.");
        int q = cp(body, "q\u0301");
        assertThatThrownBy(() -> TextAnchor.locate(body, q, q + 1, "q")).hasMessageContaining("ends inside a character");
        assertThatThrownBy(() -> TextAnchor.locate(body, q + 1, q + 7, "\u0301 then"))
                .hasMessageContaining("starts inside a character");
        int flags = cp(body, "🇩🇪");
        assertThatThrownBy(() -> TextAnchor.locate(body, flags + 1, flags + 3, "🇪🇫"))
                .hasMessageContaining("starts inside a character");
        assertThat(TextAnchor.locate(body, flags + 2, flags + 4, "🇫🇷").quote()).isEqualTo("🇫🇷");
    }
}
