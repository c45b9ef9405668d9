package org.claimdesk.articles.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.ArticleSummary;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleListViewTest extends KaribuTest {

    @Autowired ArticleService articles;
    @Autowired org.springframework.beans.factory.ObjectProvider<ArticleActions> actions;
    @Autowired org.claimdesk.Statements statements;
    @Autowired org.springframework.beans.factory.ObjectProvider<ArticleListFilter> filters;

    private String addArticle(String title, String outlet) {
        users.signIn(Role.ANNOTATOR);
        articles.create(new NewArticle(title, outlet, null, null, null, "en", "Text " + UUID.randomUUID()));
        return title;
    }

    @Test
    void filter_narrows_the_list_to_titles_and_outlets_that_match() {
        String marker = "Kx" + UUID.randomUUID().toString().substring(0, 6);
        addArticle("Model " + marker + " released", "Wire");
        addArticle("Unrelated", marker + " Daily");
        addArticle("Something else entirely", "Elsewhere");
        users.signIn(Role.VIEWER);
        ArticleListView view = show(new ArticleListView(articles, filters, actions));

        _setValue(view.filter, marker.toLowerCase());

        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, 2).mapToObj(i -> GridKt._get(view.grid, i).title()))
                .containsExactlyInAnyOrder("Model " + marker + " released", "Unrelated");

        _setValue(view.filter, marker + " nothing like this");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void the_list_page_shows_200_articles_with_two_statements_a_count_and_one_page_of_summaries() {
        String marker = "Pg" + UUID.randomUUID().toString().substring(0, 6);
        users.signIn(Role.ANNOTATOR);
        for (int i = 0; i < 200; i++) {
            articles.create(new NewArticle(marker + " article " + i, "Wire", null, null, null, "en",
                    ("Body " + i + " " + marker + ". ").repeat(500)));
        }
        users.signIn(Role.VIEWER);
        ArticleListView view = show(new ArticleListView(articles, filters, actions));
        _setValue(view.filter, marker);
        java.util.List<ArticleSummary>[] rows = new java.util.List[1];

        long count = statements.countedIn(() -> rows[0] = GridKt._fetch(view.grid, 0, 200));

        assertThat(rows[0]).hasSize(200);
        assertThat(GridKt._size(view.grid)).isEqualTo(200);
        // ArticleSummary has no body: the page's one query selects the summary columns only.
        assertThat(count).isLessThanOrEqualTo(2);
    }

    @Test
    void newest_articles_come_first_by_default() {
        String marker = "Nw" + UUID.randomUUID().toString().substring(0, 6);
        addArticle(marker + " older", "Wire");
        addArticle(marker + " newer", "Wire");
        users.signIn(Role.VIEWER);
        ArticleListView view = show(new ArticleListView(articles, filters, actions));
        _setValue(view.filter, marker);

        ArticleSummary first = GridKt._get(view.grid, 0);
        assertThat(first.title()).isEqualTo(marker + " newer");
    }

    @Test
    void viewers_do_not_see_the_add_button_but_annotators_do() {
        users.signIn(Role.VIEWER);
        assertThat(show(new ArticleListView(articles, filters, actions)).add.isVisible()).isFalse();
        users.signIn(Role.ANNOTATOR);
        assertThat(show(new ArticleListView(articles, filters, actions)).add.isVisible()).isTrue();
    }
}
