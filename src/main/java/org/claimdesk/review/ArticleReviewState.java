package org.claimdesk.review;

import java.util.Map;
import org.claimdesk.claims.ClaimStatus;

/** Where an article is in review, derived from its claims' states. */
public enum ArticleReviewState {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    AWAITING_REVIEW("Awaiting review"),
    REVIEWED("Reviewed");

    private final String label;

    ArticleReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** No claims: not started; any submitted: awaiting review; all approved or rejected: reviewed; else in progress. */
    public static ArticleReviewState of(Map<ClaimStatus, Long> counts) {
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        if (all == 0) {
            return NOT_STARTED;
        }
        if (counts.getOrDefault(ClaimStatus.SUBMITTED, 0L) > 0) {
            return AWAITING_REVIEW;
        }
        long decided = counts.getOrDefault(ClaimStatus.APPROVED, 0L) + counts.getOrDefault(ClaimStatus.REJECTED, 0L);
        return decided == all ? REVIEWED : IN_PROGRESS;
    }
}
