package org.claimdesk.articles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** Another feature's controls appear in the reader (for its article) and in the article list's toolbar. */
class ArticleActionsTest extends KaribuTest {

    @Autowired ArticleService articles;
    @Autowired ObjectProvider<ReaderContent> readerContent;

    static final ArticleActions ACTIONS = new ArticleActions() {
        @Override
        public Optional<Component> forArticle(Article article) {
            Span action = new Span("act on " + article.title());
            action.setId("reader-action");
            return Optional.of(action);
        }

        @Override
        public Optional<Component> forAllArticles() {
            Span action = new Span("act on all");
            action.setId("list-action");
            return Optional.of(action);
        }
    };

    static ObjectProvider<ArticleActions> provided() {
        return new StaticListableBeanFactory(Map.of("actions", ACTIONS)).getBeanProvider(ArticleActions.class);
    }

    @Test
    void the_reader_and_the_list_show_the_controls_another_feature_provides() {
        users.signIn(Role.ANNOTATOR);
        Article article = articles.create(new NewArticle("Acted " + UUID.randomUUID(), "Wire", null, null, null, "en",
                "Text " + UUID.randomUUID()));

        ArticleReaderView reader = show(new ArticleReaderView(articles, readerContent, provided()));
        reader.display(article);
        assertThat(_find(reader.actions, Span.class, spec -> spec.withId("reader-action")))
                .singleElement().satisfies(s -> assertThat(s.getText()).isEqualTo("act on " + article.title()));

        ArticleListView list = show(new ArticleListView(articles,
                new StaticListableBeanFactory().getBeanProvider(ArticleListFilter.class), provided()));
        assertThat(_find(list, Span.class, spec -> spec.withId("list-action"))).hasSize(1);
    }
}
