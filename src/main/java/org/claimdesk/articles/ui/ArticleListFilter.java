package org.claimdesk.articles.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.articles.ArticleScope;

/**
 * A filter that another feature adds to the article list (by the claims' review state, say): every bean of this
 * type, in its order. The list shows its control beside the text filter and shows only the articles of its scope.
 */
public interface ArticleListFilter {

    /** A new control for one article list; {@code changed} is run whenever its choice changes. */
    Control create(Runnable changed);

    /** One list's control of the filter. */
    interface Control {

        Component component();

        /** The articles the current choice allows ({@link ArticleScope#ALL} when nothing is chosen). */
        ArticleScope scope();
    }
}
