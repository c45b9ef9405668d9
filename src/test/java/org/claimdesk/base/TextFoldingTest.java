package org.claimdesk.base;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTest {

    @Test
    void letters_with_strokes_ligatures_and_sharp_s_fold_to_plain_letters() {
        assertThat(TextFolding.fold("Lech Wałęsa")).isEqualTo("lech walesa");
        assertThat(TextFolding.fold("Øresund")).isEqualTo("oresund");
        assertThat(TextFolding.fold("Straße")).isEqualTo("strasse");
        assertThat(TextFolding.fold("Ærø")).isEqualTo("aero");
        assertThat(TextFolding.fold("José Þór Đorđe")).isEqualTo("jose thor dorde");
        assertThat(TextFolding.fold("ＦＵＬＬ ﬁ")).isEqualTo("full fi");
    }

    @Test
    void two_letter_spellings_are_offered_beside_the_plain_fold() {
        assertThat(TextFolding.foldedSpellings("Müller")).containsExactly("muller", "mueller");
        assertThat(TextFolding.foldedSpellings("Köln")).containsExactly("koln", "koeln");
        assertThat(TextFolding.foldedSpellings("Ærø")).containsExactly("aero");
        assertThat(TextFolding.foldedSpellings("Lech Wałęsa")).containsExactly("lech walesa");
        assertThat(TextFolding.foldedSpellings("Кирилл")).containsExactly("кирилл");
    }

    @Test
    void folding_is_exactly_what_lucenes_icu_folding_filter_indexes() throws Exception {
        String text = "Wałęsa Øresund Straße Ærø José ＦＵＬＬ";
        List<String> tokens = new ArrayList<>();
        try (var tokenizer = new WhitespaceTokenizer(); var folded = new ICUFoldingFilter(tokenizer)) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = folded.addAttribute(CharTermAttribute.class);
            folded.reset();
            while (folded.incrementToken()) {
                tokens.add(term.toString());
            }
            folded.end();
        }
        assertThat(String.join(" ", tokens)).isEqualTo(TextFolding.fold(text));
    }
}
