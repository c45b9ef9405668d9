package org.claimdesk.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTest {

    /** Characters that show nothing, from every Unicode property the rule relies on. */
    static final String[] INVISIBLE = {
        "\u00A0",        // no-break space (a space separator)
        "\u200B",        // zero-width space (format)
        "\uFEFF",        // byte-order mark / zero-width no-break space (format)
        "\u2060",        // word joiner (format)
        "\u180E",        // Mongolian vowel separator (format)
        "\u200D\u200C",  // zero-width joiner and non-joiner
        "\u00AD",        // soft hyphen
        "\u202E\u2066",  // bidirectional controls
        "\u3164\u115F",  // Hangul fillers (default-ignorable letters)
        "\uFE0F",        // variation selector
        "\uDB40\uDC20",  // tag space (astral, format)
        "\u3000\u2003",  // ideographic and em space
        "\u2028\u2029",  // line and paragraph separators
        "\u0007\u0085",  // controls
        "\u0378",        // unassigned
        "\uD800",        // a lone surrogate
        " \t\n",
        "",
    };

    @Test
    void text_of_only_invisible_characters_has_nothing_visible() {
        for (String invisible : INVISIBLE) {
            assertThat(TextRules.hasVisibleText(invisible)).as("U+%04X", invisible.isEmpty() ? 0 : invisible.codePointAt(0))
                    .isFalse();
        }
        assertThat(TextRules.hasVisibleText(String.join("", INVISIBLE))).isFalse();
    }

    @Test
    void letters_digits_marks_punctuation_and_emoji_are_visible_even_among_invisible_ones() {
        for (String visible : new String[] {"a", "Ł", "7", ".", "\u0301", "🤖", "ع", "中", "\u00A0x\u200B"}) {
            assertThat(TextRules.hasVisibleText(visible)).as(visible).isTrue();
        }
    }

    @Test
    void a_required_line_of_invisible_characters_is_refused_at_its_field() {
        assertThatThrownBy(() -> TextRules.requiredLine("title", "Title", "\u200B\u00A0\uFEFF", 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.getMessage()).startsWith("Title is required: ").contains("invisible characters");
                });
        assertThat(TextRules.requiredLine("title", "Title", " Wałęsa\u00A0speaks ", 100)).isEqualTo("Wałęsa\u00A0speaks");
    }

    @Test
    void an_optional_line_of_invisible_characters_counts_as_empty() {
        assertThat(TextRules.optionalLine("authors", "Authors", "\u2060\u200B", 100)).isNull();
        assertThat(TextRules.optionalLine("authors", "Authors", " A. Writer ", 100)).isEqualTo("A. Writer");
    }
}
