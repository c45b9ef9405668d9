package org.claimdesk.e2e;

import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.ClaimReaderPage;
import org.claimdesk.e2e.pages.SearchPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching the demo claims in Chromium: by speaker and phrase, refined by a facet, into the article, bad queries. */
class SearchBrowserTest extends BrowserTest {

    static final String ZUCKERBERG_QUOTE = "Obviously we are very proen open source";

    SearchPage searchAs(String user) {
        loginPage().signIn(user, TestUsers.DEMO_PASSWORD);
        return SearchPage.open(driver, url("/search"));
    }

    @Test
    void a_viewer_finds_a_demo_claim_by_speaker_and_by_phrase_with_the_words_marked() {
        SearchPage search = searchAs("viewer");

        search.search("speaker:zuckerberg").awaitResultsFor("speaker:zuckerberg");
        assertThat(search.total()).isEqualTo("2 claims");
        assertThat(search.quotes()).anySatisfy(q -> assertThat(q).startsWith(ZUCKERBERG_QUOTE));

        search.search("\"mix of open and closed models\"").awaitResultsFor("\"mix of open and closed models\"");
        assertThat(search.total()).isEqualTo("1 claim");
        assertThat(search.marked()).containsExactly("mix of open and closed models");
        assertThat(driver.getCurrentUrl()).contains("/search?q=");
    }

    @Test
    void a_facet_narrows_the_hits_and_a_second_click_removes_it_and_the_address_keeps_the_search() {
        SearchPage search = searchAs("viewer");
        search.search("open source").awaitResultsFor("open source");
        String all = search.total();

        search.toggleFacet("speaker", "Mark Zuckerberg");
        assertThat(search.total()).isEqualTo(search.facetCount("speaker", "Mark Zuckerberg") + " claim"
                + (search.facetCount("speaker", "Mark Zuckerberg").equals("1") ? "" : "s"));
        assertThat(search.quotes()).allSatisfy(q -> assertThat(q.toLowerCase()).contains("open source"));
        String shared = driver.getCurrentUrl();
        assertThat(shared).contains("speaker=Mark");

        SearchPage again = SearchPage.open(driver, shared);
        again.awaitResultsFor("open source");
        assertThat(again.queryValue()).isEqualTo("open source");
        assertThat(again.total()).isEqualTo(search.total());

        again.toggleFacet("speaker", "Mark Zuckerberg");
        assertThat(again.total()).isEqualTo(all);
    }

    @Test
    void opening_a_hit_lands_on_the_claim_in_the_article_chosen_and_flashing() {
        SearchPage search = searchAs("viewer");
        search.search("speaker:zuckerberg qualitative").awaitResultsFor("speaker:zuckerberg qualitative");

        ClaimReaderPage reader = search.openHit("qualitative change");

        assertThat(reader.flashingClaimIds()).hasSize(1);
        long chosen = reader.selectedClaimIds().getFirst();
        assertThat(reader.markedText(chosen)).startsWith("If at a certain point");
        assertThat(driver.getCurrentUrl()).contains("?claim=" + chosen);
    }

    @Test
    void a_malformed_query_is_explained_under_the_field_and_the_previous_results_stay() {
        SearchPage search = searchAs("viewer");
        search.search("speaker:zuckerberg").awaitResultsFor("speaker:zuckerberg");

        search.search("speaker:(");

        assertThat(search.queryError()).contains("could not be read");
        assertThat(search.total()).isEqualTo("2 claims");
        assertThat(search.quotes()).hasSize(2);
    }
}
