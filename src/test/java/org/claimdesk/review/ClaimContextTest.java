package org.claimdesk.review;

import org.claimdesk.claims.TextAnchor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentence around a claim in the review queue, cut from the anchor's stored context. */
class ClaimContextTest {

    @Test
    void the_sentence_starts_after_the_previous_full_stop_and_ends_at_its_own() {
        ClaimContext context = ClaimContext.of(new TextAnchor(40, 50, "the model", "It rained. Then they said ", " is ready. More."));

        assertThat(context.before()).isEqualTo("Then they said ");
        assertThat(context.after()).isEqualTo(" is ready.");
    }

    @Test
    void a_sentence_longer_than_the_stored_context_is_cut_at_whole_words_and_marked() {
        String prefix = "he company told Techcrunch that ";
        String suffix = " is unchanged and will stay so f";
        assertThat(prefix.codePointCount(0, prefix.length())).isEqualTo(TextAnchor.CONTEXT);

        ClaimContext context = ClaimContext.of(new TextAnchor(200, 210, "the position", prefix, suffix));

        assertThat(context.before()).isEqualTo("…company told Techcrunch that ");
        assertThat(context.after()).isEqualTo(" is unchanged and will stay so…");
    }

    @Test
    void at_the_start_and_end_of_the_article_nothing_is_cut() {
        ClaimContext context = ClaimContext.of(new TextAnchor(4, 9, "model", "The ", " wins"));

        assertThat(context.before()).isEqualTo("The ");
        assertThat(context.after()).isEqualTo(" wins");
    }
}
