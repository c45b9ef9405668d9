package org.claimdesk.review.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.ArticleSummary;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.articles.ui.ArticleListFilter;
import org.claimdesk.articles.ui.ArticleListView;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.review.ArticleReviewState;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewStateFilterTest extends KaribuTest {

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired ObjectProvider<ArticleListFilter> filters;
    @Autowired ObjectProvider<org.claimdesk.articles.ui.ArticleActions> actions;

    @Test
    @SuppressWarnings("unchecked")
    void the_article_list_shows_only_the_articles_in_the_chosen_review_state() {
        String marker = "Rs" + UUID.randomUUID().toString().substring(0, 6);
        users.signIn(Role.ANNOTATOR);
        Article untouched = articles.create(new NewArticle(marker + " untouched", "Wire", null, null, null, "en",
                "Nothing claimed here. " + marker));
        Article waiting = articles.create(new NewArticle(marker + " waiting", "Wire", null, null, null, "en",
                "A lab says its model wins. " + marker));
        Claim draft = claims.create(new NewClaim(waiting.id(), 0, 5, "A lab", new ClaimFields(null,
                Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 60, ClaimType.OTHER, List.of(), null)));
        review.submit(draft.id(), draft.version());

        users.signIn(Role.VIEWER);
        show(new ArticleListView(articles, filters, actions));
        Grid<ArticleSummary> view = _get(Grid.class, spec -> spec.withId("article-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("article-filter")), marker);
        assertThat(titles(view)).containsExactlyInAnyOrder(marker + " untouched", marker + " waiting");

        Select<ArticleReviewState> state = _get(Select.class, spec -> spec.withId("review-state-filter"));
        _setValue(state, ArticleReviewState.AWAITING_REVIEW);
        assertThat(titles(view)).containsExactly(marker + " waiting");

        _setValue(state, ArticleReviewState.NOT_STARTED);
        assertThat(titles(view)).containsExactly(marker + " untouched");

        _setValue(state, ArticleReviewState.REVIEWED);
        assertThat(titles(view)).isEmpty();
        assertThat(view.getEmptyStateText()).isEqualTo("No articles match.");

        _setValue(state, null);
        assertThat(titles(view)).hasSize(2);
        assertThat(untouched.id()).isNotEqualTo(waiting.id());
    }

    private static List<String> titles(Grid<ArticleSummary> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).title()).toList();
    }
}
