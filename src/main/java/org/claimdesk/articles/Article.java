package org.claimdesk.articles;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An article with its body. The body is the reference text for claim offsets: NFC-normalised, LF line
 * endings, one paragraph per line; offsets into it count Unicode code points.
 */
public record Article(
        long id,
        String title,
        String outlet,
        @Nullable String url,
        @Nullable String authors,
        @Nullable LocalDate publishedOn,
        String language,
        String body,
        String contentHash,
        String createdBy,
        Instant createdAt) {
}
