package org.claimdesk.articles;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article without its body, for lists. */
public record ArticleSummary(
        long id,
        String title,
        String outlet,
        @Nullable LocalDate publishedOn,
        String language,
        String createdBy,
        Instant createdAt) {
}
