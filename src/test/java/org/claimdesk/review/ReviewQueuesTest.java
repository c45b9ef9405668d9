package org.claimdesk.review;

import java.util.List;
import java.util.Map;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleScope;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.ArticleSummary;
import org.springframework.data.domain.PageRequest;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimdeskTest
class ReviewQueuesTest {

    @Autowired ReviewQueues queues;
    @Autowired ArticleService articles;
    @Autowired ReviewService review;
    @Autowired AssignmentService assignments;
    @Autowired ReviewFixtures fixtures;
    @Autowired TestUsers users;

    String reviewer;
    Article article;

    @BeforeEach
    void reviewerOnAnArticle() {
        reviewer = fixtures.account(Role.REVIEWER);
        article = fixtures.article();
        users.signIn(Role.EDITOR);
        assignments.assign(article.id(), reviewer, AssignedAs.REVIEWER);
        assignments.assign(article.id(), "annotator", AssignedAs.ANNOTATOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    Claim submittedOn(Article on) {
        users.signIn(Role.ANNOTATOR);
        Claim draft = fixtures.draft(on);
        return review.submit(draft.id(), draft.version());
    }

    @Test
    void the_queue_holds_submitted_claims_of_my_articles_oldest_first_with_their_sentence() {
        Claim first = submittedOn(article);
        Claim second = submittedOn(article);
        users.signIn(Role.ANNOTATOR);
        fixtures.draft(article);
        submittedOn(fixtures.article()); // not an article this reviewer reviews

        users.signIn(reviewer);
        List<QueueItem> queue = queues.queue(10);
        assertThat(queue).extracting(q -> q.claim().id()).containsExactly(first.id(), second.id());
        assertThat(queues.queueCount()).isEqualTo(2);
        QueueItem item = queue.getFirst();
        assertThat(item.article().title()).isEqualTo(article.title());
        assertThat(item.context().before() + item.context().quote() + item.context().after())
                .isEqualTo("The lab said its model beats every rival.");

        review.approve(first.id(), first.version());
        assertThat(queues.queue(10)).extracting(q -> q.claim().id()).containsExactly(second.id());
    }

    @Test
    void a_reviewer_never_finds_their_own_claims_in_their_queue() {
        users.signIn(Role.EDITOR);
        assignments.assign(article.id(), "editor", AssignedAs.REVIEWER);
        Claim ownDraft = fixtures.draft(article);
        Claim own = review.submit(ownDraft.id(), ownDraft.version());
        Claim theirs = submittedOn(article);
        users.signIn(Role.EDITOR);
        assertThat(queues.queue(10)).extracting(q -> q.claim().id()).contains(theirs.id()).doesNotContain(own.id());
    }

    @Test
    void my_work_lists_my_drafts_my_claims_with_changes_requested_and_my_articles() {
        String annotator = fixtures.account(Role.ANNOTATOR);
        users.signIn(Role.EDITOR);
        assignments.assign(article.id(), annotator, AssignedAs.ANNOTATOR);
        Claim draft = fixtures.draftBy(annotator, article);
        Claim sent = fixtures.draftBy(annotator, article);
        sent = review.submit(sent.id(), sent.version());
        users.signIn(reviewer);
        review.requestChanges(sent.id(), sent.version(), ReviewReason.WRONG_SPEAKER, "Someone else said it.");

        users.signIn(annotator);
        MyWork work = queues.myWork(50);
        assertThat(work.drafts()).extracting(Claim::id).containsExactly(draft.id());
        assertThat(work.changesRequested()).singleElement().satisfies(c -> {
            assertThat(c.review().reason()).isEqualTo(ReviewReason.WRONG_SPEAKER);
            assertThat(c.review().comment()).isEqualTo("Someone else said it.");
        });
        assertThat(work.articles()).extracting(a -> a.id()).containsExactly(article.id());
    }

    @Test
    void an_articles_review_state_follows_its_claims() {
        users.signIn(Role.VIEWER);
        assertThat(queues.articleStatus(article.id()).state()).isEqualTo(ArticleReviewState.NOT_STARTED);
        users.signIn(Role.ANNOTATOR);
        Claim draft = fixtures.draft(article);
        assertThat(queues.articleStatus(article.id()).state()).isEqualTo(ArticleReviewState.IN_PROGRESS);
        Claim submitted = review.submit(draft.id(), draft.version());
        ArticleReviewStatus waiting = queues.articleStatus(article.id());
        assertThat(waiting.state()).isEqualTo(ArticleReviewState.AWAITING_REVIEW);
        assertThat(waiting.counts()).isEqualTo(Map.of(ClaimStatus.SUBMITTED, 1L));
        users.signIn(reviewer);
        review.approve(submitted.id(), submitted.version());
        assertThat(queues.articleStatus(article.id()).state()).isEqualTo(ArticleReviewState.REVIEWED);
    }

    @Test
    void only_enabled_accounts_with_the_needed_role_are_assigned() {
        users.signIn(Role.EDITOR);
        assertThatThrownBy(() -> assignments.assign(article.id(), "nobody-here", AssignedAs.ANNOTATOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no enabled account");
        assertThatThrownBy(() -> assignments.assign(article.id(), "annotator", AssignedAs.REVIEWER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only reviewers and up review");
        assertThat(assignments.assign(article.id(), " Reviewer ", AssignedAs.REVIEWER).reviewers())
                .contains("reviewer", reviewer);
        assertThat(assignments.unassign(article.id(), reviewer, AssignedAs.REVIEWER).reviewers()).doesNotContain(reviewer);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void queues_and_assignments_by_role(Role role) {
        users.signIn(role);
        SecurityMatrix.expect(role, Role.REVIEWER, () -> queues.queue(5));
        SecurityMatrix.expect(role, Role.REVIEWER, () -> queues.queueCount());
        SecurityMatrix.expect(role, Role.ANNOTATOR, () -> queues.myWork(5));
        SecurityMatrix.expect(role, Role.VIEWER, () -> queues.articleStatus(article.id()));
        SecurityMatrix.expect(role, Role.VIEWER, () -> queues.articlesIn(ArticleReviewState.REVIEWED));
        SecurityMatrix.expect(role, Role.VIEWER, () -> assignments.of(article.id()));
        SecurityMatrix.expect(role, Role.VIEWER, () -> assignments.mine(AssignedAs.REVIEWER));
        SecurityMatrix.expect(role, Role.EDITOR, () -> assignments.assign(article.id(), "reviewer", AssignedAs.REVIEWER));
        SecurityMatrix.expect(role, Role.EDITOR, () -> assignments.unassign(article.id(), "reviewer", AssignedAs.REVIEWER));
        TestUsers.signOut();
        SecurityMatrix.expectSignInRequired(() -> queues.queue(5));
        SecurityMatrix.expectSignInRequired(() -> queues.queueCount());
        SecurityMatrix.expectSignInRequired(() -> queues.myWork(5));
        SecurityMatrix.expectSignInRequired(() -> queues.articleStatus(article.id()));
        SecurityMatrix.expectSignInRequired(() -> assignments.of(article.id()));
        SecurityMatrix.expectSignInRequired(() -> assignments.assign(article.id(), "reviewer", AssignedAs.REVIEWER));
    }

    @Test
    void the_article_list_filters_by_derived_review_state_with_the_text_filter() {
        Article empty = fixtures.article();
        Article drafting = fixtures.article();
        fixtures.draft(drafting);
        Article waiting = fixtures.article();
        fixtures.draft(waiting);
        submittedOn(waiting);
        Article reviewed = fixtures.article();
        Claim approved = submittedOn(reviewed);
        users.signIn(reviewer);
        review.approve(approved.id(), approved.version());

        users.signIn(Role.VIEWER);
        Map<ArticleReviewState, Article> expected = Map.of(ArticleReviewState.NOT_STARTED, empty,
                ArticleReviewState.IN_PROGRESS, drafting, ArticleReviewState.AWAITING_REVIEW, waiting,
                ArticleReviewState.REVIEWED, reviewed);
        List<Article> mine = List.of(empty, drafting, waiting, reviewed);
        for (ArticleReviewState state : ArticleReviewState.values()) {
            ArticleScope scope = queues.articlesIn(state);
            List<Long> listed = articles.list("review ", scope, PageRequest.of(0, 1_000)).stream()
                    .map(ArticleSummary::id).filter(id -> mine.stream().anyMatch(a -> a.id() == id)).toList();
            assertThat(listed).as(state.label()).containsExactly(expected.get(state).id());
            assertThat(articles.list(expected.get(state).title(), scope, PageRequest.of(0, 5))).as(state.label())
                    .hasSize(1);
            assertThat(articles.count(expected.get(state).title(), scope)).isEqualTo(1);
            ArticleReviewState other = state == ArticleReviewState.REVIEWED ? ArticleReviewState.NOT_STARTED
                    : ArticleReviewState.REVIEWED;
            assertThat(articles.count(expected.get(state).title(), queues.articlesIn(other))).as(state.label())
                    .isZero();
            assertThat(queues.articleStatus(expected.get(state).id()).state()).isEqualTo(state);
        }
    }
}
