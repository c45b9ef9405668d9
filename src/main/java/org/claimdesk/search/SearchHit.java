package org.claimdesk.search;

import java.time.Instant;
import java.util.List;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimType;

/**
 * One claim found: what the result list shows, with the quote's matched words as ranges of code points
 * ({@code [start, end)}, like claim offsets) so that emoji and other astral characters cannot shift them.
 */
public record SearchHit(
        long claimId,
        long articleId,
        String articleTitle,
        String outlet,
        String quote,
        List<Match> matches,
        String speaker,
        ClaimType type,
        int confidence,
        ClaimStatus status,
        String annotator,
        Instant createdAt) {

    /** A matched passage of the quote, in code points. */
    public record Match(int start, int end) {
    }
}
