package org.claimdesk.review;

import org.claimdesk.articles.ArticleCard;
import org.claimdesk.claims.Claim;

/** A claim waiting in a review queue, with its article and the sentence around it. */
public record QueueItem(Claim claim, ArticleCard article, ClaimContext context) {
}
