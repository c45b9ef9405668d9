package org.claimdesk.claims;

/** Published after a claim was deleted. */
public record ClaimDeleted(long claimId, long articleId, String deletedBy) {
}
