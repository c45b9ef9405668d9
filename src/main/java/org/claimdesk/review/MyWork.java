package org.claimdesk.review;

import java.util.List;
import org.claimdesk.articles.ArticleCard;
import org.claimdesk.claims.Claim;

/** An annotator's work: their drafts, their claims with changes requested (reason on each), their articles. */
public record MyWork(List<Claim> drafts, List<Claim> changesRequested, List<ArticleCard> articles) {
}
