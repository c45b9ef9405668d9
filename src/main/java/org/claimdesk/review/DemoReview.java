package org.claimdesk.review;

import java.util.Comparator;
import java.util.List;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.ArticleSummary;
import org.claimdesk.articles.DemoArticles;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.security.DemoSignIn;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the demo profile, the demo article shows the workflow: the demo editor assigns it to the demo annotator and
 * reviewer, the annotator submits five of the nine demo claims, and the reviewer approves one and asks for changes
 * on another, with a reason. Each step is done by its demo account through the services, once.
 */
@Component
@Profile("demo")
@Order(30)
class DemoReview implements ApplicationRunner {

    static final int SUBMITTED = 5;

    private final ArticleService articles;
    private final ClaimService claims;
    private final AssignmentService assignments;
    private final ReviewService review;
    private final DemoSignIn signIn;

    DemoReview(ArticleService articles, ClaimService claims, AssignmentService assignments, ReviewService review,
            DemoSignIn signIn) {
        this.articles = articles;
        this.claims = claims;
        this.assignments = assignments;
        this.review = review;
        this.signIn = signIn;
    }

    @Override
    public void run(ApplicationArguments args) {
        signIn.as("editor", () -> articles.findByContentHash(DemoArticles.contentHash())
                .filter(article -> untouched(article.id()))
                .ifPresent(this::seed));
    }

    /** Nobody is assigned yet and every demo claim is still a draft: the workflow was not shown before. */
    private boolean untouched(long articleId) {
        Assignments now = assignments.of(articleId);
        List<Claim> demo = claims.forArticle(articleId);
        return now.annotators().isEmpty() && now.reviewers().isEmpty() && !demo.isEmpty()
                && demo.stream().allMatch(c -> c.status() == ClaimStatus.DRAFT);
    }

    private void seed(ArticleSummary article) {
        assignments.assign(article.id(), "annotator", AssignedAs.ANNOTATOR);
        assignments.assign(article.id(), "reviewer", AssignedAs.REVIEWER);
        signIn.as("annotator", () -> claims.forArticle(article.id()).stream()
                .sorted(Comparator.comparingLong(Claim::id)).limit(SUBMITTED)
                .forEach(c -> review.submit(c.id(), c.version())));
        signIn.as("reviewer", () -> {
            List<Claim> submitted = claims.forArticle(article.id()).stream()
                    .filter(c -> c.status() == ClaimStatus.SUBMITTED).sorted(Comparator.comparingLong(Claim::id)).toList();
            Claim first = submitted.get(0);
            review.approve(first.id(), first.version());
            Claim second = submitted.get(1);
            review.requestChanges(second.id(), second.version(), ReviewReason.WRONG_SPEAKER,
                    "Check the speaker against the sentence: who does the article say made this claim?");
        });
    }
}
