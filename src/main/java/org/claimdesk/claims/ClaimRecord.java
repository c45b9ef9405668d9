package org.claimdesk.claims;

import org.claimdesk.articles.ArticleCard;

/** A claim with the article it is on, as search and exports need it. */
public record ClaimRecord(Claim claim, ArticleCard article) {
}
