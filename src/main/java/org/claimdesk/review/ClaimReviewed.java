package org.claimdesk.review;

import org.claimdesk.claims.ClaimTransition;

/**
 * Published on this node after a claim moved through review and the move committed (every node also hears the
 * claim's {@code ClaimSaved}). {@code by} is the username of who made the move.
 */
public record ClaimReviewed(long claimId, long articleId, ClaimTransition transition, String by) {
}
