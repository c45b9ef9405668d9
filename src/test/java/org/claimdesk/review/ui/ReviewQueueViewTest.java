package org.claimdesk.review.ui;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.review.AssignedAs;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.ReviewQueues;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Role;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The review queue: oldest first, with the sentence around each claim, decided from the keyboard. */
class ReviewQueueViewTest extends KaribuTest {

    static final String BODY = "First they said the model is ready. Then they said the launch is in May. Nothing else.";

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired AssignmentService assignments;
    @Autowired UserService accounts;

    String reviewer;
    Article article;
    Claim older;
    Claim newer;

    @BeforeEach
    void queue() {
        users.signIn(Role.ADMIN);
        reviewer = "queue-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(reviewer, "Queue Reviewer", "long-enough-pw", Role.REVIEWER));
        users.signIn(Role.ANNOTATOR);
        article = articles.create(new NewArticle("Queue " + UUID.randomUUID(), "Wire", null, null, null, "en",
                BODY + "\n" + UUID.randomUUID()));
        older = submitted("the model is ready");
        newer = submitted("the launch is in May");
        users.signIn(Role.EDITOR);
        assignments.assign(article.id(), reviewer, AssignedAs.REVIEWER);
        users.signIn(reviewer);
    }

    Claim submitted(String quote) {
        int start = BODY.indexOf(quote);
        Claim draft = claims.create(new NewClaim(article.id(), start, start + quote.length(), quote, new ClaimFields(null,
                Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 60, ClaimType.PREDICTION, List.of(), null)));
        return review.submit(draft.id(), draft.version());
    }

    @Autowired ReviewQueues queues;
    @Autowired LiveQueue live;

    ReviewQueueView open() {
        return show(new ReviewQueueView(queues, review, live));
    }

    ClaimStatus status(Claim claim) {
        return claims.find(claim.id()).orElseThrow().status();
    }

    @Test
    void the_oldest_claim_comes_first_in_its_sentence_and_a_approves_it_and_shows_the_next() {
        ReviewQueueView view = open();
        assertThat(view.count.getText()).isEqualTo("2 claims wait for review.");
        assertThat(view.current().claim().id()).isEqualTo(older.id());
        assertThat(view.card.getElement().getTextRecursively()).contains("First they said the model is ready.");

        ShortcutsKt._fireShortcut(view, Key.KEY_A);

        assertThat(status(older)).isEqualTo(ClaimStatus.APPROVED);
        assertThat(view.current().claim().id()).isEqualTo(newer.id());
        assertThat(view.count.getText()).isEqualTo("1 claim waits for review.");
    }

    @Test
    void n_skips_to_the_next_and_c_asks_for_a_reason_before_requesting_changes() {
        ReviewQueueView view = open();
        ShortcutsKt._fireShortcut(view, Key.KEY_N);
        assertThat(view.current().claim().id()).isEqualTo(newer.id());

        ShortcutsKt._fireShortcut(view, Key.KEY_C);
        ReasonDialog dialog = _get(ReasonDialog.class);
        _setValue(dialog.reason, ReviewReason.WRONG_SPAN);
        _setValue(dialog.comment, "Only “in May”.");
        _click(dialog.confirm);

        assertThat(status(newer)).isEqualTo(ClaimStatus.CHANGES_REQUESTED);
        assertThat(view.current().claim().id()).isEqualTo(older.id());
    }

    @Test
    void the_queue_and_the_navigation_count_follow_decisions_made_elsewhere() {
        ReviewQueueView view = new ReviewQueueView(queues, review, live);
        QueueBadge.Count badge = new QueueBadge.Count(queues, live);
        show(new com.vaadin.flow.component.html.Div(badge, view));
        assertThat(badge.getText()).isEqualTo("2");

        Thread elsewhere = new Thread(() -> {
            users.signIn(Role.EDITOR);
            review.approve(older.id(), older.version());
        });
        elsewhere.start();
        VaadinSession session = VaadinSession.getCurrent();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            session.getService().runPendingAccessTasks(session);
            return badge.getText().equals("1") && view.count.getText().equals("1 claim waits for review.");
        });
    }

    @Test
    void an_empty_queue_says_so() {
        users.signIn(Role.EDITOR);
        assignments.unassign(article.id(), reviewer, AssignedAs.REVIEWER);
        users.signIn(reviewer);
        ReviewQueueView view = open();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.approve.isEnabled()).isFalse();
    }
}
