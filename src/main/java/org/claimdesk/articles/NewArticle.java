package org.claimdesk.articles;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a person enters to add an article; the service checks and normalises every field. */
public record NewArticle(
        String title,
        String outlet,
        @Nullable String url,
        @Nullable String authors,
        @Nullable LocalDate publishedOn,
        String language,
        String body) {

    NewArticle withCleanFields(String title, String outlet, @Nullable String url, @Nullable String authors,
            String language) {
        return new NewArticle(title, outlet, url, authors, publishedOn, language, body);
    }
}
