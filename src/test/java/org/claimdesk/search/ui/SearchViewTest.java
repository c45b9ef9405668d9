package org.claimdesk.search.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.KaribuTest;
import org.claimdesk.search.SearchHit;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.claimdesk.search.SearchSort;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The search view without a browser, over the demo claims. */
class SearchViewTest extends KaribuTest {

    @Autowired SearchService search;
    @Autowired org.springframework.beans.factory.ObjectProvider<SearchActions> actions;

    @BeforeEach
    void demoClaimsIndexed() {
        users.signIn(Role.VIEWER);
        await().atMost(Duration.ofSeconds(10)).pollInSameThread()
                .until(() -> search.page(SearchQuery.of("speaker:zuckerberg"), null, 5).total() == 2);
    }

    @Test
    void a_query_shows_its_hits_total_and_facets() {
        SearchView view = show(new SearchView(search, actions));

        view.run(SearchQuery.of("speaker:zuckerberg"), false);

        assertThat(view.total.getText()).isEqualTo("2 claims");
        assertThat(GridKt._size(view.hits)).isEqualTo(2);
        assertThat(GridKt._get(view.hits, 0).speaker()).isEqualTo("Mark Zuckerberg");
        assertThat(view.facets.getChildren().count()).isPositive();
    }

    @Test
    void a_refused_query_is_explained_at_the_field_and_the_results_stay() {
        SearchView view = show(new SearchView(search, actions));
        view.run(SearchQuery.of("speaker:zuckerberg"), false);

        view.run(SearchQuery.of("confidence:[a TO b]"), false);

        assertThat(view.query.isInvalid()).isTrue();
        assertThat(view.query.getErrorMessage()).contains("confidence:[70 TO 100]");
        assertThat(view.total.getText()).isEqualTo("2 claims");
        assertThat(GridKt._size(view.hits)).isEqualTo(2);
    }

    @Test
    void the_address_carries_query_filters_and_order_both_ways() {
        SearchQuery query = new SearchQuery("open source", Map.of("speaker", Set.of("Mark Zuckerberg")),
                SearchSort.CONFIDENCE);
        QueryParameters address = SearchUrl.of(query);
        assertThat(address.getQueryString()).contains("q=open%20source").contains("speaker=Mark%20Zuckerberg")
                .contains("sort=CONFIDENCE");
        assertThat(SearchUrl.from(address)).isEqualTo(query);
        assertThat(SearchUrl.from(QueryParameters.fromString("sort=nonsense&unknown=x"))).isEqualTo(SearchQuery.of(""));
    }

    @Test
    void the_pager_reaches_any_row_by_stepping_over_the_hits_before_it() {
        SearchQuery all = new SearchQuery("", Map.of(), SearchSort.NEWEST);
        ResultPager pager = new ResultPager(search, all, search.page(all, null, 2));
        List<Long> direct = search.page(all, null, 9).hits().stream().map(SearchHit::claimId).toList();

        assertThat(pager.rows(6, 3).stream().map(SearchHit::claimId)).containsExactlyElementsOf(direct.subList(6, 9));
        assertThat(pager.rows(2, 2).stream().map(SearchHit::claimId)).containsExactlyElementsOf(direct.subList(2, 4));
        assertThat(pager.rows(100_000, 5)).isEmpty();
    }

    @Test
    void admins_start_a_rebuild_from_the_view_and_see_it_through_to_the_claim_count() {
        users.signIn(Role.VIEWER);
        assertThat(show(new SearchView(search, actions)).status.rebuild.isVisible()).isFalse();
        users.signIn(Role.ADMIN);
        SearchView view = show(new SearchView(search, actions));
        assertThat(view.status.rebuild.isVisible()).isTrue();

        com.github.mvysny.kaributesting.v10.LocatorJ._click(view.status.rebuild);

        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> {
            view.status.refresh();
            return view.status.message.getText().endsWith("claims in the index.");
        });
        assertThat(view.status.progress.isVisible()).isFalse();
        assertThat(view.status.rebuild.isEnabled()).isTrue();
    }

    @Test
    void a_long_quote_is_cut_around_its_first_match_and_marks_only_the_matched_words() {
        String quote = "word ".repeat(100) + "🦊 target " + "tail ".repeat(100);
        int start = quote.codePointCount(0, quote.indexOf("target"));
        SearchHit hit = new SearchHit(1, 1, "T", "O", quote, List.of(new SearchHit.Match(start, start + 6)), "S",
                org.claimdesk.claims.ClaimType.OTHER, 50, org.claimdesk.claims.ClaimStatus.DRAFT, "a",
                java.time.Instant.now());

        HitQuote shown = new HitQuote(hit);

        String text = shown.getElement().getTextRecursively();
        assertThat(text).startsWith("…").endsWith("…").contains("🦊 target");
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(HitQuote.WINDOW + 2);
        assertThat(shown.getElement().getChildren().filter(c -> !c.isTextNode() && "mark".equals(c.getTag())).map(c -> c.getText()))
                .containsExactly("target");
    }

    @Test
    void another_features_controls_are_made_again_for_each_search_that_runs() {
        java.util.List<SearchQuery> made = new java.util.ArrayList<>();
        SearchActions recording = query -> {
            made.add(query);
            return java.util.Optional.of(new com.vaadin.flow.component.html.Span("for " + query.text()));
        };
        SearchView view = show(new SearchView(search, new org.springframework.beans.factory.support.StaticListableBeanFactory(
                Map.of("recording", recording)).getBeanProvider(SearchActions.class)));

        view.run(SearchQuery.of("speaker:zuckerberg"), false);
        view.run(SearchQuery.of("speaker:("), false);

        assertThat(made).extracting(SearchQuery::text).containsExactly("speaker:zuckerberg");
        assertThat(view.actions.getChildren().map(c -> c.getElement().getText()).toList())
                .containsExactly("for speaker:zuckerberg");
    }
}
