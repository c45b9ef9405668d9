package org.claimdesk.review;

import org.claimdesk.cluster.ClusterEvent;

/** Published (on every node) after a comment was added to a claim's thread. */
public record CommentPosted(long commentId, long claimId, long articleId, String by) implements ClusterEvent {
}
