package org.claimdesk.articles;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What other features show of an article next to its claims (search hits, exports): no body. */
public record ArticleCard(
        long id,
        String title,
        String outlet,
        @Nullable String url,
        @Nullable LocalDate publishedOn,
        String language) {
}
