package org.claimdesk.articles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextTest {

    @ParameterizedTest
    @CsvSource({"ar, true", "he, true", "fa-IR, true", "ur, true", "yi, true", "az-Arab, true", "en, false",
            "de, false", "zh, false", "az, false", "pt-BR, false"})
    void the_direction_of_a_language_comes_from_its_likely_script(String language, boolean rightToLeft) {
        assertThat(ArticleText.isRightToLeft(language)).isEqualTo(rightToLeft);
    }
}
