package org.claimdesk.review;

import java.util.Map;
import org.claimdesk.claims.ClaimStatus;

/** An article's derived review state with its claims counted per state. */
public record ArticleReviewStatus(long articleId, ArticleReviewState state, Map<ClaimStatus, Long> counts) {
}
