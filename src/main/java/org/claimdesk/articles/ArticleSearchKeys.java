package org.claimdesk.articles;

import java.util.List;
import org.claimdesk.base.SearchKeyBackfill;
import org.springframework.stereotype.Component;

/** Migration 7.1: the search key (title and outlet, folded) of the articles stored before V7 added it. */
@Component
class ArticleSearchKeys extends SearchKeyBackfill {

    ArticleSearchKeys() {
        super("7.1", "article", List.of("title", "outlet"), StoredArticle.MAX_SEARCH_KEY);
    }
}
