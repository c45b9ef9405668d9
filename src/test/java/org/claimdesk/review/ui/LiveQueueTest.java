package org.claimdesk.review.ui;

import com.vaadin.flow.component.UI;
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
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.review.AssignedAs;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.ReviewQueues;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Role;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserAccount;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live queue count hears of claims submitted elsewhere, and stops at once for a reviewer who was demoted. */
class LiveQueueTest extends KaribuTest {

    static final String BODY = "They said the model is ready. They said the launch is in May.";

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired AssignmentService assignments;
    @Autowired UserService accounts;
    @Autowired ReviewQueues queues;
    @Autowired LiveQueue live;

    @Test
    void a_reviewer_whose_role_was_lowered_hears_of_no_further_submission_and_is_sent_to_sign_in() {
        users.signIn(Role.ADMIN);
        UserAccount reviewer = accounts.create(new NewUser("live-" + UUID.randomUUID().toString().substring(0, 8),
                "Live Reviewer", "long-enough-pw", Role.REVIEWER));
        users.signIn(Role.ANNOTATOR);
        Article article = articles.create(new NewArticle("Live queue " + UUID.randomUUID(), "Wire", null, null, null,
                "en", BODY + "\n" + UUID.randomUUID()));
        users.signIn(Role.EDITOR);
        assignments.assign(article.id(), reviewer.username(), AssignedAs.REVIEWER);

        users.signIn(reviewer.username());
        QueueBadge.Count count = show(new QueueBadge.Count(queues, live));
        assertThat(count.isVisible()).isFalse();

        elsewhere(Role.ANNOTATOR, () -> submitted(article, "the model is ready"));
        awaitUi(() -> "1".equals(count.getText()));
        pendingJs();

        elsewhere(Role.ADMIN, () -> accounts.changeRole(reviewer.id(), Role.VIEWER));
        elsewhere(Role.ANNOTATOR, () -> submitted(article, "the launch is in May"));

        awaitUi(() -> pendingJs().stream().anyMatch(js -> js.contains("reload")));
        assertThat(count.getText()).isEqualTo("1");
    }

    Claim submitted(Article article, String quote) {
        int start = BODY.indexOf(quote);
        Claim draft = claims.create(new NewClaim(article.id(), start, start + quote.length(), quote, new ClaimFields(null,
                Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 60, ClaimType.PREDICTION, List.of(), null)));
        return review.submit(draft.id(), draft.version());
    }

    /** Runs a change as another user, as if from another browser: no UI of this test is current. */
    void elsewhere(Role role, Runnable change) {
        SecurityContext mine = SecurityContextHolder.getContext();
        UI ui = UI.getCurrent();
        UI.setCurrent(null);
        try {
            users.signIn(role);
            change.run();
        } finally {
            UI.setCurrent(ui);
            SecurityContextHolder.setContext(mine);
        }
    }

    static void awaitUi(java.util.function.BooleanSupplier condition) {
        VaadinSession session = VaadinSession.getCurrent();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            session.getService().runPendingAccessTasks(session);
            return condition.getAsBoolean();
        });
    }

    static List<String> pendingJs() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression() + " " + i.getInvocation().getParameters()).toList();
    }
}
