package org.claimdesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimdesk.SecurityMatrix.expectSignInRequired;

/**
 * Every method of the review service × every role × on the user's own claim or someone else's. VIEWER reads;
 * ANNOTATOR submits and withdraws their own; REVIEWER decides on others'; EDITOR reopens; ADMIN everything a
 * role below may, and still never decides on their own claim.
 */
@ClaimdeskTest
class ReviewServiceSecurityTest {

    /** Someone else, for the claims that are not the user's own. */
    static final String SOMEONE_ELSE = "someone-else";

    @Autowired ReviewService review;
    @Autowired ClaimService claims;
    @Autowired ReviewFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    Article article;

    @BeforeEach
    void article() {
        article = fixtures.article();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static Stream<Arguments> rolesAndOwners() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            cases.add(Arguments.of(role, true));
            cases.add(Arguments.of(role, false));
        }
        return cases.stream();
    }

    /**
     * A claim in {@code status}, written by the demo account of {@code role} when {@code own} (a viewer cannot
     * write claims, so the fixture sets the author directly) and by someone else otherwise.
     */
    Claim claim(Role role, boolean own, ClaimStatus status) {
        users.signIn(Role.EDITOR);
        Claim claim = fixtures.draft(article);
        jdbc.update("update claim set created_by = ?, status = ?, submitted_at = current_timestamp,"
                        + " reviewed_by = ?, reviewed_at = current_timestamp where id = ?",
                own ? TestUsers.demoUser(role) : SOMEONE_ELSE, status.name(),
                status.isFinal() ? SOMEONE_ELSE : null, claim.id());
        users.signIn(role);
        return claims.find(claim.id()).orElseThrow();
    }

    /** The move is allowed and leads to {@code to}, or is denied and changes nothing. */
    void expect(boolean allowed, Claim claim, ClaimStatus to, Consumer<Claim> move) {
        if (allowed) {
            assertThatCode(() -> move.accept(claim)).doesNotThrowAnyException();
            assertThat(claims.find(claim.id()).orElseThrow().status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> move.accept(claim)).isInstanceOf(AccessDeniedException.class);
            assertThat(claims.find(claim.id()).orElseThrow().status()).isEqualTo(claim.status());
        }
    }

    @ParameterizedTest(name = "{0}, own claim: {1}")
    @MethodSource("rolesAndOwners")
    void review_service_by_role_and_author(Role role, boolean own) {
        boolean annotatorOwn = role.includes(Role.ANNOTATOR) && own;
        boolean reviewerOther = role.includes(Role.REVIEWER) && !own;
        boolean editor = role.includes(Role.EDITOR);

        Claim any = claim(role, own, ClaimStatus.SUBMITTED);
        assertThatCode(() -> review.allowed(any)).doesNotThrowAnyException();

        expect(annotatorOwn, claim(role, own, ClaimStatus.DRAFT), ClaimStatus.SUBMITTED,
                c -> review.submit(c.id(), c.version()));
        expect(annotatorOwn, claim(role, own, ClaimStatus.CHANGES_REQUESTED), ClaimStatus.SUBMITTED,
                c -> review.submit(c.id(), c.version()));
        expect(annotatorOwn, claim(role, own, ClaimStatus.SUBMITTED), ClaimStatus.DRAFT,
                c -> review.withdraw(c.id(), c.version()));
        expect(reviewerOther, claim(role, own, ClaimStatus.SUBMITTED), ClaimStatus.APPROVED,
                c -> review.approve(c.id(), c.version()));
        expect(reviewerOther, claim(role, own, ClaimStatus.SUBMITTED), ClaimStatus.REJECTED,
                c -> review.reject(c.id(), c.version(), ReviewReason.WRONG_TYPE, "A prediction"));
        expect(reviewerOther, claim(role, own, ClaimStatus.SUBMITTED), ClaimStatus.CHANGES_REQUESTED,
                c -> review.requestChanges(c.id(), c.version(), ReviewReason.WRONG_SPAN, "Shorter"));
        expect(editor, claim(role, own, ClaimStatus.APPROVED), ClaimStatus.SUBMITTED,
                c -> review.reopen(c.id(), c.version(), "Another look"));
        expect(editor, claim(role, own, ClaimStatus.REJECTED), ClaimStatus.SUBMITTED,
                c -> review.reopen(c.id(), c.version(), "Another look"));

        article = fixtures.article(); // the moves above left drafts behind (a withdrawn claim)
        Claim draft = claim(role, own, ClaimStatus.DRAFT);
        if (role.includes(Role.ANNOTATOR)) {
            assertThat(review.submitAllDrafts(article.id())).hasSize(own ? 1 : 0);
            assertThat(claims.find(draft.id()).orElseThrow().status())
                    .isEqualTo(own ? ClaimStatus.SUBMITTED : ClaimStatus.DRAFT);
        } else {
            assertThatThrownBy(() -> review.submitAllDrafts(article.id())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nobody_signed_in_reaches_the_review_service() {
        Claim claim = claim(Role.ANNOTATOR, true, ClaimStatus.SUBMITTED);
        TestUsers.signOut();
        expectSignInRequired(() -> review.allowed(claim));
        expectSignInRequired(() -> review.submit(claim.id(), claim.version()));
        expectSignInRequired(() -> review.submitAllDrafts(article.id()));
        expectSignInRequired(() -> review.withdraw(claim.id(), claim.version()));
        expectSignInRequired(() -> review.approve(claim.id(), claim.version()));
        expectSignInRequired(() -> review.reject(claim.id(), claim.version(), ReviewReason.OTHER, "x"));
        expectSignInRequired(() -> review.requestChanges(claim.id(), claim.version(), ReviewReason.OTHER, "x"));
        expectSignInRequired(() -> review.reopen(claim.id(), claim.version(), "x"));
    }
}
