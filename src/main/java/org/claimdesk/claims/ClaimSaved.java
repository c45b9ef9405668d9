package org.claimdesk.claims;

/** Published after a claim was created or changed. */
public record ClaimSaved(long claimId, long articleId, String savedBy, boolean created) {
}
