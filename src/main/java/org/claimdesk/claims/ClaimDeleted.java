package org.claimdesk.claims;

import org.claimdesk.cluster.ClusterEvent;

/** Published (on every node) after a claim was deleted. */
public record ClaimDeleted(long claimId, long articleId, String deletedBy) implements ClusterEvent {
}
