package org.claimdesk.articles;

import org.claimdesk.cluster.ClusterEvent;

/** Published (on every node) after an article's details (title, outlet, …) were changed. */
public record ArticleUpdated(long articleId, String updatedBy) implements ClusterEvent {
}
