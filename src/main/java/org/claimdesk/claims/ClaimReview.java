package org.claimdesk.claims;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The latest review step on a claim: a reviewer's decision (approve, reject, request changes) or an editor's
 * reopening, with the reason where there is one. Earlier steps are in the claim's history.
 */
public record ClaimReview(String by, Instant at, @Nullable ReviewReason reason, @Nullable String comment) {
}
