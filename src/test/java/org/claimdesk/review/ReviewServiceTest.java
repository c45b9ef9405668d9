package org.claimdesk.review;

import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimConflictException;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimTransition;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimdeskTest
class ReviewServiceTest {

    @Autowired ReviewService review;
    @Autowired ClaimService claims;
    @Autowired ReviewFixtures fixtures;
    @Autowired TestUsers users;

    Article article;

    @BeforeEach
    void article() {
        article = fixtures.article();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    Claim submitted() {
        users.signIn(Role.ANNOTATOR);
        Claim draft = fixtures.draft(article);
        return review.submit(draft.id(), draft.version());
    }

    Claim current(Claim claim) {
        return claims.find(claim.id()).orElseThrow();
    }

    @Test
    void the_author_submits_a_draft_and_another_reviewer_approves_it() {
        Claim submitted = submitted();
        assertThat(submitted.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.review()).isNull();

        users.signIn(Role.REVIEWER);
        assertThat(review.allowed(submitted)).containsExactlyInAnyOrder(ClaimTransition.APPROVE,
                ClaimTransition.REJECT, ClaimTransition.REQUEST_CHANGES);
        Claim approved = review.approve(submitted.id(), submitted.version());

        assertThat(current(approved).status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(current(approved).review().by()).isEqualTo("reviewer");
        assertThat(approved.version()).isGreaterThan(submitted.version());
    }

    @Test
    void reject_and_request_changes_need_a_reason_code_and_a_comment() {
        Claim submitted = submitted();
        users.signIn(Role.REVIEWER);

        assertThatThrownBy(() -> review.reject(submitted.id(), submitted.version(), null, "Not in the text"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> review.requestChanges(submitted.id(), submitted.version(), ReviewReason.WRONG_SPAN, " \u200B "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThat(current(submitted).status()).isEqualTo(ClaimStatus.SUBMITTED);

        Claim rejected = review.reject(submitted.id(), submitted.version(), ReviewReason.NOT_A_CLAIM, "An opinion, not a claim.");
        assertThat(current(rejected).status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(current(rejected).review().reason()).isEqualTo(ReviewReason.NOT_A_CLAIM);
        assertThat(current(rejected).review().comment()).isEqualTo("An opinion, not a claim.");
    }

    @Test
    void the_author_sees_the_requested_changes_edits_and_submits_again() {
        Claim submitted = submitted();
        users.signIn(Role.REVIEWER);
        review.requestChanges(submitted.id(), submitted.version(), ReviewReason.CONFIDENCE_OFF, "Lower it: hedged.");

        users.signIn(Role.ANNOTATOR);
        Claim returned = current(submitted);
        assertThat(returned.status()).isEqualTo(ClaimStatus.CHANGES_REQUESTED);
        assertThat(returned.review().reason()).isEqualTo(ReviewReason.CONFIDENCE_OFF);
        assertThat(returned.review().comment()).isEqualTo("Lower it: hedged.");
        assertThat(claims.mayChange(returned)).isTrue();
        Claim edited = claims.update(returned.id(), returned.version(), ReviewFixtures.fields(30));
        assertThat(edited.status()).isEqualTo(ClaimStatus.CHANGES_REQUESTED);

        Claim again = review.submit(edited.id(), edited.version());
        assertThat(again.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(again.confidence()).isEqualTo(30);
    }

    @Test
    void a_submitted_claim_is_not_edited_by_its_author_until_withdrawn() {
        Claim submitted = submitted();
        assertThat(claims.mayChange(submitted)).isFalse();
        assertThatThrownBy(() -> claims.update(submitted.id(), submitted.version(), ReviewFixtures.fields(10)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("withdraw it first");
        assertThatThrownBy(() -> claims.delete(submitted.id(), submitted.version())).isInstanceOf(AccessDeniedException.class);

        Claim draft = review.withdraw(submitted.id(), submitted.version());
        assertThat(draft.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(claims.update(draft.id(), draft.version(), ReviewFixtures.fields(10)).confidence()).isEqualTo(10);
    }

    @Test
    void a_claim_decided_on_cannot_be_withdrawn_and_the_author_learns_who_decided() {
        Claim submitted = submitted();
        users.signIn(Role.REVIEWER);
        review.approve(submitted.id(), submitted.version());

        users.signIn(Role.ANNOTATOR);
        assertThatThrownBy(() -> review.withdraw(submitted.id(), submitted.version()))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessageContaining("Already approved by reviewer a moment ago");
        assertThat(current(submitted).status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void nobody_reviews_their_own_claim_not_even_an_admin() {
        for (Role role : new Role[] {Role.REVIEWER, Role.EDITOR, Role.ADMIN}) {
            users.signIn(role);
            Claim own = fixtures.draft(article);
            Claim mine = review.submit(own.id(), own.version());
            assertThat(review.allowed(mine)).as(role.name()).containsExactly(ClaimTransition.WITHDRAW);
            assertThatThrownBy(() -> review.approve(mine.id(), mine.version())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Nobody reviews their own claim");
            assertThatThrownBy(() -> review.reject(mine.id(), mine.version(), ReviewReason.OTHER, "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.requestChanges(mine.id(), mine.version(), ReviewReason.OTHER, "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(current(mine).status()).isEqualTo(ClaimStatus.SUBMITTED);
        }
    }

    @Test
    void approved_and_rejected_are_final_until_an_editor_reopens_them_with_a_reason() {
        Claim submitted = submitted();
        users.signIn(Role.REVIEWER);
        Claim approved = review.approve(submitted.id(), submitted.version());
        assertThatThrownBy(() -> review.reject(approved.id(), approved.version(), ReviewReason.OTHER, "Second thoughts"))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("Already approved by reviewer");
        assertThatThrownBy(() -> review.reopen(approved.id(), approved.version(), "Wrong"))
                .isInstanceOf(AccessDeniedException.class);

        users.signIn(Role.ANNOTATOR);
        assertThatThrownBy(() -> claims.update(approved.id(), approved.version(), ReviewFixtures.fields(10)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only an editor");

        users.signIn(Role.EDITOR);
        assertThatThrownBy(() -> review.reopen(approved.id(), approved.version(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        Claim reopened = review.reopen(approved.id(), approved.version(), "The speaker is someone else.");
        assertThat(reopened.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(reopened.review().by()).isEqualTo("editor");
        assertThat(reopened.review().comment()).isEqualTo("The speaker is someone else.");

        users.signIn(Role.REVIEWER);
        assertThat(review.reject(reopened.id(), reopened.version(), ReviewReason.WRONG_SPEAKER, "Indeed.").status())
                .isEqualTo(ClaimStatus.REJECTED);
    }

    @Test
    void an_approved_claim_an_editor_changes_goes_back_to_review() {
        Claim submitted = submitted();
        users.signIn(Role.REVIEWER);
        Claim approved = review.approve(submitted.id(), submitted.version());

        users.signIn(Role.EDITOR);
        Claim edited = claims.update(approved.id(), approved.version(), ReviewFixtures.fields(95));
        assertThat(edited.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(edited.submittedAt()).isAfterOrEqualTo(approved.submittedAt());
    }

    @Test
    void an_editor_changing_a_submitted_claim_keeps_it_in_review_and_a_decision_on_the_old_version_is_refused() {
        Claim submitted = submitted();
        users.signIn(Role.EDITOR);
        Claim edited = claims.update(submitted.id(), submitted.version(), ReviewFixtures.fields(95));
        assertThat(edited.status()).isEqualTo(ClaimStatus.SUBMITTED);

        users.signIn(Role.REVIEWER);
        assertThatThrownBy(() -> review.approve(submitted.id(), submitted.version()))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessageContaining("editor changed this claim a moment ago, after you opened it");
        assertThat(current(submitted).status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void a_draft_is_not_decided_on_before_its_author_submits_it() {
        Claim draft = fixtures.draft(article);
        users.signIn(Role.REVIEWER);
        assertThat(review.allowed(draft)).isEmpty();
        assertThatThrownBy(() -> review.approve(draft.id(), draft.version()))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("has not submitted it");
    }

    @Test
    void submitting_all_drafts_submits_only_my_drafts_on_that_article() {
        users.signIn(Role.ANNOTATOR);
        Claim first = fixtures.draft(article);
        Claim second = fixtures.draft(article);
        Claim third = fixtures.draft(article);
        Claim alreadySubmitted = review.submit(third.id(), third.version());
        Article other = fixtures.article();
        Claim elsewhere = fixtures.draft(other);
        String colleague = fixtures.account(Role.ANNOTATOR);
        Claim theirs = fixtures.draftBy(colleague, article);

        users.signIn(Role.ANNOTATOR);
        assertThat(review.submitAllDrafts(article.id())).extracting(Claim::id).containsExactlyInAnyOrder(first.id(), second.id());

        assertThat(current(first).status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(current(second).status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(current(alreadySubmitted).version()).isEqualTo(alreadySubmitted.version());
        assertThat(current(elsewhere).status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(current(theirs).status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(review.submitAllDrafts(article.id())).isEmpty();
    }
}
