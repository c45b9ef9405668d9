package org.claimdesk.claims;

/** A new claim: the selection the annotator made ({@code quote} as they saw it) and its tags. */
public record NewClaim(long articleId, int start, int end, String quote, ClaimFields fields) {
}
