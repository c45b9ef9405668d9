package org.claimdesk.articles.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.claimdesk.articles.Article;

/**
 * Controls that another feature adds to the article views, such as an export: every bean of this type, in its
 * order. The articles feature shows them without knowing what they do.
 */
public interface ArticleActions {

    /** Shown in the reader beside the article's details, acting on that article; empty for none. */
    default Optional<Component> forArticle(Article article) {
        return Optional.empty();
    }

    /** Shown in the article list's toolbar, acting on every article; empty for none. */
    default Optional<Component> forAllArticles() {
        return Optional.empty();
    }
}
