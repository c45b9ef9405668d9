package org.claimdesk.review;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.claimdesk.articles.ArticleCard;
import org.claimdesk.articles.ArticleCards;
import org.claimdesk.articles.ArticleScope;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimLists;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.security.Roles;
import org.springframework.stereotype.Service;

/**
 * What waits for whom: a reviewer's queue (the submitted claims of the articles they review, that others wrote,
 * longest waiting first), an annotator's work, and each article's derived review state.
 */
@Service
public class ReviewQueues {

    private final AssignmentService assignments;
    private final ClaimLists claims;
    private final ArticleCards articles;

    ReviewQueues(AssignmentService assignments, ClaimLists claims, ArticleCards articles) {
        this.assignments = assignments;
        this.claims = claims;
        this.articles = articles;
    }

    /** The first {@code limit} claims of the signed-in reviewer's queue. */
    @RolesAllowed(Roles.REVIEWER)
    public List<QueueItem> queue(int limit) {
        List<Claim> waiting = claims.awaitingReview(assignments.mine(AssignedAs.REVIEWER), limit);
        Map<Long, ArticleCard> cards = articles.byIds(waiting.stream().map(Claim::articleId).distinct().toList());
        return waiting.stream().map(c -> new QueueItem(c, cards.get(c.articleId()), ClaimContext.of(c.anchor()))).toList();
    }

    /** How many claims wait in the signed-in reviewer's queue. */
    @RolesAllowed(Roles.REVIEWER)
    public long queueCount() {
        return claims.countAwaitingReview(assignments.mine(AssignedAs.REVIEWER));
    }

    /** The signed-in annotator's drafts, claims with changes requested, and assigned articles. */
    @RolesAllowed(Roles.ANNOTATOR)
    public MyWork myWork(int limit) {
        List<ArticleCard> mine = articles.byIds(assignments.mine(AssignedAs.ANNOTATOR)).values().stream()
                .sorted(Comparator.comparing(ArticleCard::title, String.CASE_INSENSITIVE_ORDER)).toList();
        return new MyWork(claims.mine(ClaimStatus.DRAFT, limit), claims.mine(ClaimStatus.CHANGES_REQUESTED, limit), mine);
    }

    /** The article's review state, from its claims' states. */
    @RolesAllowed(Roles.VIEWER)
    public ArticleReviewStatus articleStatus(long articleId) {
        Map<ClaimStatus, Long> counts = claims.statusCounts(articleId);
        return new ArticleReviewStatus(articleId, ArticleReviewState.of(counts), counts);
    }

    /**
     * The articles whose derived review state is {@code state}, for the article list's filter: articles without
     * claims are "not started", so that state is every article except those with claims.
     */
    @RolesAllowed(Roles.VIEWER)
    public ArticleScope articlesIn(ArticleReviewState state) {
        Map<Long, Map<ClaimStatus, Long>> counts = claims.statusCountsByArticle();
        if (state == ArticleReviewState.NOT_STARTED) {
            return ArticleScope.except(counts.keySet());
        }
        return ArticleScope.only(counts.entrySet().stream()
                .filter(e -> ArticleReviewState.of(e.getValue()) == state).map(Map.Entry::getKey).toList());
    }
}
