package org.claimdesk.review;

import java.util.List;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimChange;
import org.claimdesk.claims.ClaimChangeKind;
import org.claimdesk.claims.ClaimHistoryService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ClaimdeskTest
class ReviewHistoryTest {

    @Autowired ReviewService review;
    @Autowired ClaimService claims;
    @Autowired ClaimHistoryService history;
    @Autowired ReviewFixtures fixtures;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_step_of_a_review_is_in_the_history_with_who_and_why() {
        Article article = fixtures.article();
        Claim draft = fixtures.draft(article);
        Claim submitted = review.submit(draft.id(), draft.version());
        users.signIn(Role.REVIEWER);
        Claim returned = review.requestChanges(submitted.id(), submitted.version(), ReviewReason.WRONG_SPAN,
                "Leave out the rivals.");
        users.signIn(Role.ANNOTATOR);
        Claim edited = claims.update(returned.id(), returned.version(), ReviewFixtures.fields(40));
        Claim again = review.submit(edited.id(), edited.version());
        users.signIn(Role.REVIEWER);
        Claim approved = review.approve(again.id(), again.version());
        users.signIn(Role.EDITOR);
        review.reopen(approved.id(), approved.version(), "Check the speaker.");

        users.signIn(Role.VIEWER);
        List<ClaimChange> entries = history.history(draft.id());
        assertThat(entries).extracting(ClaimChange::kind, ClaimChange::by, ClaimChange::reasonCode, ClaimChange::reason)
                .containsExactly(
                        tuple(ClaimChangeKind.CREATED, "annotator", null, null),
                        tuple(ClaimChangeKind.SUBMITTED, "annotator", null, null),
                        tuple(ClaimChangeKind.CHANGES_REQUESTED, "reviewer", ReviewReason.WRONG_SPAN, "Leave out the rivals."),
                        tuple(ClaimChangeKind.EDITED, "annotator", null, null),
                        tuple(ClaimChangeKind.SUBMITTED, "annotator", null, null),
                        tuple(ClaimChangeKind.APPROVED, "reviewer", null, null),
                        tuple(ClaimChangeKind.REOPENED, "editor", null, "Check the speaker."));
        assertThat(entries.get(2).fields()).containsExactly(
                new ClaimChange.FieldChange("Status", "Submitted", "Changes requested"));
        assertThat(entries.get(3).fields()).containsExactly(new ClaimChange.FieldChange("Confidence", "60", "40"));
    }
}
