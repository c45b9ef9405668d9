package org.claimdesk.articles.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.articles.Article;

/**
 * What the reader shows as an article's text. Without one the reader shows plain paragraphs; a
 * feature that annotates articles provides a bean of this type and takes over the text.
 */
public interface ReaderContent {

    Component create(Article article);

    /**
     * The text with one claim chosen: shown, scrolled into view and flashed once the reader is on screen (a deep
     * link such as {@code /articles/7?claim=42}). Without claims to choose, the plain text.
     */
    default Component create(Article article, long chosenClaimId) {
        return create(article);
    }
}
