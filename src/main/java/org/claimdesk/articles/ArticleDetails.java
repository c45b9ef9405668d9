package org.claimdesk.articles;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article's details, which an editor may correct after it was added: everything but the text. */
public record ArticleDetails(
        String title,
        String outlet,
        @Nullable String url,
        @Nullable String authors,
        @Nullable LocalDate publishedOn,
        String language) {

    public static ArticleDetails of(Article article) {
        return new ArticleDetails(article.title(), article.outlet(), article.url(), article.authors(),
                article.publishedOn(), article.language());
    }
}
