package org.claimdesk.review;

import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claims.Claim;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimdeskTest
class CommentServiceTest {

    @Autowired CommentService comments;
    @Autowired ReviewFixtures fixtures;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void reviewer_and_annotator_talk_in_the_claims_thread_as_plain_text() {
        Claim claim = fixtures.draft(fixtures.article());
        users.signIn(Role.REVIEWER);
        comments.post(claim.id(), "  Is <b>this</b> the speaker?  ");
        users.signIn(Role.ANNOTATOR);
        comments.post(claim.id(), "Yes, see the second paragraph.");

        users.signIn(Role.VIEWER);
        assertThat(comments.thread(claim.id())).extracting(ReviewComment::author, ReviewComment::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reviewer", "Is <b>this</b> the speaker?"),
                org.assertj.core.groups.Tuple.tuple("annotator", "Yes, see the second paragraph."));
    }

    @Test
    void empty_and_overlong_comments_are_refused() {
        Claim claim = fixtures.draft(fixtures.article());
        assertThatThrownBy(() -> comments.post(claim.id(), " \u200B ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> comments.post(claim.id(), "x".repeat(2001))).isInstanceOf(InvalidInputException.class);
        assertThat(comments.thread(claim.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void comment_service_by_role(Role role) {
        Claim claim = fixtures.draft(fixtures.article());
        users.signIn(role);
        SecurityMatrix.expect(role, Role.VIEWER, () -> comments.thread(claim.id()));
        SecurityMatrix.expect(role, Role.ANNOTATOR, () -> comments.post(claim.id(), "A word"));
        TestUsers.signOut();
        SecurityMatrix.expectSignInRequired(() -> comments.thread(claim.id()));
        SecurityMatrix.expectSignInRequired(() -> comments.post(claim.id(), "A word"));
    }
}
