package org.claimdesk.review.ui;

import org.claimdesk.articles.Article;
import org.claimdesk.claims.ClaimHistoryService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ui.ClaimPanelExtension;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.ReviewQueues;
import org.claimdesk.review.ReviewService;
import org.springframework.stereotype.Component;

/** Puts the review part (status, actions, comments, history) into every reader's claim panel. */
@Component
class ReviewPanelExtension implements ClaimPanelExtension {

    private final ReviewService review;
    private final ClaimService claims;
    private final ClaimHistoryService history;
    private final CommentService comments;
    private final LiveComments live;
    private final ReviewQueues queues;
    private final AssignmentService assignments;

    ReviewPanelExtension(ReviewService review, ClaimService claims, ClaimHistoryService history,
            CommentService comments, LiveComments live, ReviewQueues queues, AssignmentService assignments) {
        this.queues = queues;
        this.assignments = assignments;
        this.review = review;
        this.claims = claims;
        this.history = history;
        this.comments = comments;
        this.live = live;
    }

    @Override
    public Part create(Article article, Host host) {
        return new ReviewPart(article, host, review, claims, live, queues, new HistoryList(history, claims, host),
                new CommentThread(comments), new AssignmentsPanel(assignments, article.id()));
    }
}
