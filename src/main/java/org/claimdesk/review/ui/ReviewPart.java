package org.claimdesk.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.claimdesk.articles.Article;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimConflictException;
import org.claimdesk.claims.ClaimReview;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimTransition;
import org.claimdesk.claims.ui.ClaimPanelExtension;
import org.claimdesk.review.ArticleReviewStatus;
import org.claimdesk.review.ReviewQueues;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The review part of the claim panel: the chosen claim's state and latest decision with its reason, the moves the
 * user may make on it, and tabs with its comments and its history. A move someone else made first is explained
 * ("Already approved by rey a moment ago") and the claim is shown as it is now.
 */
class ReviewPart extends Div implements ClaimPanelExtension.Part {

    private final Article article;
    private final ClaimPanelExtension.Host host;
    private final ReviewService review;
    private final ClaimService claims;
    private final ReviewQueues queues;
    final HistoryList history;
    final CommentThread comments;

    final Div chosen = new Div();
    final StatusBadge badge = new StatusBadge();
    final Div reason = new Div();
    final Map<ClaimTransition, Button> actions = new EnumMap<>(ClaimTransition.class);
    final Button submitAll = new Button("Submit all my drafts");
    final Div articleStatus = new Div();
    final TabSheet tabs = new TabSheet();
    private final LiveComments live;
    private @Nullable Claim claim;
    private @Nullable Registration liveComments;

    ReviewPart(Article article, ClaimPanelExtension.Host host, ReviewService review, ClaimService claims,
            LiveComments live, ReviewQueues queues, HistoryList history, CommentThread comments,
            AssignmentsPanel assignments) {
        this.article = article;
        this.host = host;
        this.review = review;
        this.claims = claims;
        this.live = live;
        this.queues = queues;
        this.history = history;
        this.comments = comments;
        addClassName("review-part");
        setId("review-part");

        action(ClaimTransition.SUBMIT, "Submit for review", ButtonVariant.LUMO_PRIMARY,
                c -> attempt(() -> review.submit(c.id(), c.version())));
        action(ClaimTransition.WITHDRAW, "Withdraw", ButtonVariant.LUMO_TERTIARY,
                c -> attempt(() -> review.withdraw(c.id(), c.version())));
        action(ClaimTransition.APPROVE, "Approve", ButtonVariant.LUMO_SUCCESS,
                c -> attempt(() -> review.approve(c.id(), c.version())));
        action(ClaimTransition.REQUEST_CHANGES, "Request changes", ButtonVariant.LUMO_CONTRAST,
                c -> new ReasonDialog("Request changes to this claim", "Request changes", true, (code, comment) ->
                        attempt(() -> review.requestChanges(c.id(), c.version(), code, comment))).open());
        action(ClaimTransition.REJECT, "Reject", ButtonVariant.LUMO_ERROR,
                c -> new ReasonDialog("Reject this claim", "Reject", true, (code, comment) ->
                        attempt(() -> review.reject(c.id(), c.version(), code, comment))).open());
        action(ClaimTransition.REOPEN, "Reopen", ButtonVariant.LUMO_CONTRAST,
                c -> new ReasonDialog("Reopen this claim for review", "Reopen", false, (code, comment) ->
                        attempt(() -> review.reopen(c.id(), c.version(), comment))).open());
        Div buttons = new Div(actions.values().toArray(Component[]::new));
        buttons.addClassName("review-actions");

        reason.addClassName("review-reason");
        reason.setId("review-reason-shown");
        badge.setId("review-status");
        Div status = new Div(badge, reason);
        status.addClassName("review-status");
        chosen.add(status, buttons);

        tabs.add("Comments", comments);
        tabs.add("History", history);
        tabs.addClassName("review-tabs");
        chosen.add(tabs);

        submitAll.setId("submit-all");
        submitAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        submitAll.setVisible(CurrentUser.has(Role.ANNOTATOR));
        submitAll.addClickListener(e -> submitAll());
        articleStatus.addClassName("claim-meta");
        articleStatus.setId("article-review-status");
        add(chosen, submitAll, articleStatus, assignments);
        show(null);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveComments = live.join(article.id(), event.getUI(), comments::posted);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveComments != null) {
            liveComments.remove();
            liveComments = null;
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(@Nullable Claim shown) {
        claim = shown;
        chosen.setVisible(shown != null);
        showArticleStatus();
        if (shown == null) {
            comments.show(null);
            return;
        }
        badge.show(shown.status());
        reason.setText(describe(shown));
        reason.setVisible(!reason.getText().isEmpty());
        Set<ClaimTransition> allowed = review.allowed(shown);
        actions.forEach((t, button) -> button.setVisible(allowed.contains(t)));
        comments.show(shown);
        history.show(shown);
    }

    private void showArticleStatus() {
        ArticleReviewStatus status = queues.articleStatus(article.id());
        StringBuilder text = new StringBuilder("Article: " + status.state().label());
        status.counts().forEach((state, n) -> text.append(" · ").append(n).append(' ')
                .append(state.label().toLowerCase(java.util.Locale.ROOT)));
        articleStatus.setText(text.toString());
    }

    /** The latest decision and its reason, while it still describes the claim. */
    static String describe(Claim claim) {
        ClaimReview last = claim.review();
        if (last == null) {
            return "";
        }
        String why = (last.reason() == null ? "" : last.reason().label() + ": ")
                + (last.comment() == null ? "" : last.comment());
        return switch (claim.status()) {
            case CHANGES_REQUESTED -> last.by() + " asked for changes. " + why;
            case REJECTED -> "Rejected by " + last.by() + ". " + why;
            case APPROVED -> "Approved by " + last.by() + ".";
            case SUBMITTED, DRAFT -> why.isEmpty() ? "" : "Earlier: " + why + " (" + last.by() + ")";
        };
    }

    private void action(ClaimTransition transition, String label, ButtonVariant variant, Consumer<Claim> onClick) {
        Button button = new Button(label, e -> {
            if (claim != null) {
                onClick.accept(claim);
            }
        });
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        button.setId("review-" + transition.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        actions.put(transition, button);
    }

    /** Makes the move; what someone else did first is explained, and the claim shown as it is now. */
    private void attempt(Supplier<Claim> move) {
        Claim before = claim;
        try {
            Claim moved = move.get();
            ServiceErrors.showSuccess(moved.status().label() + ".");
            host.changed(moved);
        } catch (ClaimConflictException raced) {
            ServiceErrors.showError(raced.getMessage());
            if (before != null) {
                claims.find(before.id()).ifPresent(host::changed);
            }
        } catch (AccessDeniedException denied) {
            ServiceErrors.showError(denied.getMessage());
        }
    }

    private void submitAll() {
        try {
            List<Claim> submitted = review.submitAllDrafts(article.id());
            ServiceErrors.showSuccess(submitted.isEmpty() ? "You have no drafts on this article."
                    : submitted.size() == 1 ? "1 draft submitted." : submitted.size() + " drafts submitted.");
            submitted.forEach(host::changed);
        } catch (ClaimConflictException raced) {
            ServiceErrors.showError(raced.getMessage() + " Nothing was submitted.");
        } catch (AccessDeniedException denied) {
            ServiceErrors.showDenied(denied);
        }
    }
}
