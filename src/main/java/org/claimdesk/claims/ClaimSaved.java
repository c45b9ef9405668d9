package org.claimdesk.claims;

import org.claimdesk.cluster.ClusterEvent;

/** Published (on every node) after a claim was created or changed. */
public record ClaimSaved(long claimId, long articleId, String savedBy, boolean created) implements ClusterEvent {
}
