package org.claimdesk.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimConflictException;
import org.claimdesk.review.QueueItem;
import org.claimdesk.review.ReviewQueues;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The reviewer's queue: the submitted claims of the articles they review, longest waiting first, one at a time with
 * the sentence around it. Keys: a approve, r reject, c request changes, n next.
 */
@Route(ReviewQueueView.PATH)
@PageTitle("Review queue · Claimdesk")
@Menu(title = "Review queue", order = 20, icon = "vaadin:check-square-o")
@RolesAllowed(Roles.REVIEWER)
public class ReviewQueueView extends VerticalLayout {

    static final String PATH = "review";
    static final int PAGE = 50;

    private final ReviewQueues queues;
    private final ReviewService review;
    private final LiveQueue live;

    final Span count = new Span();
    final Div card = new Div();
    final Paragraph empty = new Paragraph("Nothing waits for your review.");
    final Button approve = new Button("Approve (a)");
    final Button reject = new Button("Reject… (r)");
    final Button requestChanges = new Button("Request changes… (c)");
    final Button next = new Button("Next (n)");
    private List<QueueItem> page = new ArrayList<>();
    private int index;
    private @Nullable Registration liveRegistration;

    public ReviewQueueView(ReviewQueues queues, ReviewService review, LiveQueue live) {
        this.queues = queues;
        this.review = review;
        this.live = live;
        addClassName("review-queue-view");
        count.setId("queue-size");
        card.addClassName("queue-card");
        card.setId("queue-card");
        empty.setId("queue-empty");
        approve.setId("queue-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> approve());
        reject.setId("queue-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> reject());
        requestChanges.setId("queue-request-changes");
        requestChanges.addClickListener(e -> requestChanges());
        next.setId("queue-next");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(e -> next());
        Shortcuts.addShortcutListener(this, this::approve, Key.KEY_A).listenOn(this);
        Shortcuts.addShortcutListener(this, this::reject, Key.KEY_R).listenOn(this);
        Shortcuts.addShortcutListener(this, this::requestChanges, Key.KEY_C).listenOn(this);
        Shortcuts.addShortcutListener(this, this::next, Key.KEY_N).listenOn(this);
        Div actions = new Div(approve, requestChanges, reject, next);
        actions.addClassName("review-actions");
        add(new H2("Review queue"), count, empty, card, actions);
        load();
    }

    /** The claim on screen, if any. */
    @Nullable QueueItem current() {
        return page.isEmpty() ? null : page.get(index);
    }

    private void load() {
        page = new ArrayList<>(queues.queue(PAGE));
        index = 0;
        show();
    }

    private void show() {
        long waiting = queues.queueCount();
        count.setText(waiting == 1 ? "1 claim waits for review." : waiting + " claims wait for review.");
        QueueItem item = current();
        empty.setVisible(item == null);
        card.setVisible(item != null);
        approve.setEnabled(item != null);
        reject.setEnabled(item != null);
        requestChanges.setEnabled(item != null);
        next.setEnabled(item != null && page.size() > 1);
        card.removeAll();
        if (item == null) {
            return;
        }
        Claim claim = item.claim();
        Anchor article = new Anchor("articles/" + claim.articleId() + "?claim=" + claim.id(), item.article().title());
        article.addClassName("queue-article");
        Span quote = new Span(item.context().quote());
        quote.addClassName("queue-quote");
        Div context = new Div(new Span(item.context().before()), quote, new Span(item.context().after()));
        context.addClassName("queue-context");
        context.setId("queue-context");
        Div meta = new Div(new Span("%s · %s · confidence %d · by %s".formatted(claim.speakerName(), claim.type().label(),
                claim.confidence(), claim.createdBy())));
        meta.addClassName("claim-meta");
        card.add(article, context, meta);
        if (claim.note() != null) {
            card.add(new Div("Note: " + claim.note()));
        }
        String earlier = ReviewPart.describe(claim);
        if (!earlier.isEmpty()) {
            Div reason = new Div(earlier);
            reason.addClassName("review-reason");
            card.add(reason);
        }
    }

    void approve() {
        QueueItem item = current();
        if (item != null) {
            decide(item, () -> review.approve(item.claim().id(), item.claim().version()));
        }
    }

    void reject() {
        QueueItem item = current();
        if (item != null) {
            new ReasonDialog("Reject this claim", "Reject", true, (code, comment) -> decide(item,
                    () -> review.reject(item.claim().id(), item.claim().version(), code, comment))).open();
        }
    }

    void requestChanges() {
        QueueItem item = current();
        if (item != null) {
            new ReasonDialog("Request changes to this claim", "Request changes", true, (code, comment) -> decide(item,
                    () -> review.requestChanges(item.claim().id(), item.claim().version(), code, comment))).open();
        }
    }

    /** Shows the next claim; the one skipped stays in the queue. */
    void next() {
        if (page.size() > 1) {
            index = (index + 1) % page.size();
            show();
        }
    }

    /** Makes the decision and moves on; a claim someone else decided on first leaves the queue with a message. */
    private void decide(QueueItem item, Supplier<Claim> decision) {
        try {
            Claim decided = decision.get();
            ServiceErrors.showSuccess(decided.status().label() + ": “" + decided.excerpt(40) + "”");
        } catch (ClaimConflictException raced) {
            ServiceErrors.showError(raced.getMessage());
        } catch (AccessDeniedException denied) {
            ServiceErrors.showError(denied.getMessage());
            return;
        }
        page.remove(item);
        if (page.isEmpty()) {
            load();
            return;
        }
        index = Math.min(index, page.size() - 1);
        show();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.join(event.getUI(), this::refreshCount);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    private void refreshCount() {
        if (page.isEmpty()) {
            load();
        } else {
            long waiting = queues.queueCount();
            count.setText(waiting == 1 ? "1 claim waits for review." : waiting + " claims wait for review.");
        }
    }
}
