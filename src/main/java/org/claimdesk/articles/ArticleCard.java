package org.claimdesk.articles;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What other features show of an article next to its claims (search hits, exports): no body. {@code contentHash}
 * (SHA-256 of the stored body) names the text itself, the same in every Claimdesk that holds it.
 */
public record ArticleCard(
        long id,
        String title,
        String outlet,
        @Nullable String url,
        @Nullable LocalDate publishedOn,
        String language,
        String contentHash) {
}
