package org.claimdesk.review.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
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
import org.claimdesk.claims.ClaimTransition;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The review part of the reader's claim panel, as annotator, reviewer and editor use it. */
class ReviewPartTest extends KaribuTest {

    static final String BODY = "The lab said its model beats every rival. The company plans a release in May.";

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired CommentService comments;
    @Autowired ReviewPanelExtension extension;

    Article article;
    Claim claim;

    @BeforeEach
    void claim() {
        users.signIn(Role.ANNOTATOR);
        article = articles.create(new NewArticle("Review part " + UUID.randomUUID(), "Wire", null, null, null, "en",
                BODY + "\n" + UUID.randomUUID()));
        String quote = "its model beats every rival";
        int start = BODY.indexOf(quote);
        claim = claims.create(new NewClaim(article.id(), start, start + quote.length(), quote, new ClaimFields(null,
                Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 60, ClaimType.CAPABILITY, List.of(), null)));
    }

    /**
     * The review part as the reader's claim panel makes it for the signed-in user, showing the claim as it is now;
     * the panel's answer to a change is to show the claim again.
     */
    ReviewPart open() {
        ReviewPart[] part = new ReviewPart[1];
        part[0] = (ReviewPart) extension.create(article, changed -> part[0].show(changed));
        show(part[0]);
        part[0].show(current());
        return part[0];
    }

    Claim current() {
        return claims.find(claim.id()).orElseThrow();
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
    }

    @Test
    void the_annotator_submits_their_draft_and_sees_it_waiting_for_review() {
        ReviewPart part = open();
        assertThat(part.badge.getText()).isEqualTo("Draft");
        assertThat(part.actions.get(ClaimTransition.APPROVE).isVisible()).isFalse();

        _click(part.actions.get(ClaimTransition.SUBMIT));

        assertThat(current().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(part.badge.getText()).isEqualTo("Submitted");
        assertThat(part.actions.get(ClaimTransition.SUBMIT).isVisible()).isFalse();
        assertThat(part.actions.get(ClaimTransition.WITHDRAW).isVisible()).isTrue();
    }

    @Test
    void the_reviewer_must_give_a_reason_and_the_annotator_sees_it_on_the_claim() {
        claim = review.submit(claim.id(), claim.version());
        users.signIn(Role.REVIEWER);
        ReviewPart part = open();
        _click(part.actions.get(ClaimTransition.REQUEST_CHANGES));
        ReasonDialog dialog = _get(ReasonDialog.class);
        _setValue(dialog.comment, "Leave out the rivals.");
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        _setValue(dialog.reason, ReviewReason.WRONG_SPAN);
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(part.badge.getText()).isEqualTo("Changes requested");

        users.signIn(Role.ANNOTATOR);
        ReviewPart seen = open();
        assertThat(seen.reason.getText()).isEqualTo("reviewer asked for changes. Wrong span: Leave out the rivals.");
        assertThat(seen.actions.get(ClaimTransition.SUBMIT).isVisible()).isTrue();
    }

    @Test
    void a_decision_someone_made_first_is_explained_and_the_claim_shown_as_it_is_now() {
        claim = review.submit(claim.id(), claim.version());
        users.signIn(Role.REVIEWER);
        ReviewPart part = open();
        users.signIn(Role.EDITOR);
        review.approve(claim.id(), claim.version());
        users.signIn(Role.REVIEWER);
        NotificationsKt.clearNotifications();

        _click(part.actions.get(ClaimTransition.REJECT));
        ReasonDialog dialog = _get(ReasonDialog.class);
        _setValue(dialog.reason, ReviewReason.DUPLICATE);
        _setValue(dialog.comment, "Seen before");
        _click(dialog.confirm);

        assertThat(notifications()).anySatisfy(m -> assertThat(m).contains("Already approved by editor a moment ago"));
        assertThat(part.badge.getText()).isEqualTo("Approved");
        assertThat(current().status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void nobody_sees_review_buttons_on_their_own_claim() {
        claim = review.submit(claim.id(), claim.version());
        ReviewPart part = open();
        assertThat(part.actions.get(ClaimTransition.APPROVE).isVisible()).isFalse();
        assertThat(part.actions.get(ClaimTransition.REJECT).isVisible()).isFalse();
    }

    @Test
    void the_history_tab_shows_each_step_with_names_and_reasons() {
        claim = review.submit(claim.id(), claim.version());
        users.signIn(Role.REVIEWER);
        review.reject(claim.id(), claim.version(), ReviewReason.NOT_A_CLAIM, "An opinion.");
        ReviewPart part = open();

        String history = part.history.getElement().getTextRecursively();
        assertThat(history).contains("Rejected by reviewer", "Not a claim: An opinion.", "Status: Submitted → Rejected",
                "Submitted by annotator", "Created by annotator");
        assertThat(history.indexOf("Rejected by")).isLessThan(history.indexOf("Created by"));
    }

    @Test
    void an_editor_restores_an_earlier_version_from_the_history_tab() {
        claim = claims.update(claim.id(), claim.version(), new ClaimFields(null, Attribution.PARAPHRASE,
                SpeakerCertainty.ASSERTED, 10, ClaimType.CAPABILITY, List.of(), null));
        users.signIn(Role.EDITOR);
        ReviewPart part = open();
        part.tabs.setSelectedIndex(1);
        var restore = part.history.getChildren().toList().getLast().getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.button.Button).findFirst().orElseThrow();
        _click((com.vaadin.flow.component.button.Button) restore);

        assertThat(current().confidence()).isEqualTo(60);
        assertThat(part.history.getElement().getTextRecursively()).contains("Restored by editor", "Back to version 1");
    }

    @Test
    void comments_are_posted_and_another_users_comment_arrives_while_the_thread_is_open() {
        users.signIn(Role.REVIEWER);
        ReviewPart part = open();
        _setValue(part.comments.text, "Which speaker is this?");
        _click(part.comments.post);
        assertThat(part.comments.list.getElement().getTextRecursively()).contains("reviewer", "Which speaker is this?");

        Thread other = new Thread(() -> {
            users.signIn(Role.ANNOTATOR);
            comments.post(claim.id(), "The lab's spokesperson.");
        });
        other.start();
        VaadinSession session = VaadinSession.getCurrent();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            session.getService().runPendingAccessTasks(session);
            return part.comments.list.getElement().getTextRecursively().contains("The lab's spokesperson.");
        });
    }
}
