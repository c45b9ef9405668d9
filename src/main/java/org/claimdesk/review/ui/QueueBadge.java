package org.claimdesk.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.base.ui.NavigationBadge;
import org.claimdesk.review.ReviewQueues;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;

/** The number of claims waiting in the reviewer's queue, beside "Review queue" in the navigation; live. */
@org.springframework.stereotype.Component
class QueueBadge implements NavigationBadge {

    private final ReviewQueues queues;
    private final LiveQueue live;

    QueueBadge(ReviewQueues queues, LiveQueue live) {
        this.queues = queues;
        this.live = live;
    }

    @Override
    public String path() {
        return ReviewQueueView.PATH;
    }

    @Override
    public @Nullable Component create() {
        return CurrentUser.has(Role.REVIEWER) ? new Count(queues, live) : null;
    }

    /** The count itself, counting again after every claim change while it is on screen. */
    static class Count extends Span {

        private final ReviewQueues queues;
        private final LiveQueue live;
        private @Nullable Registration registration;

        Count(ReviewQueues queues, LiveQueue live) {
            this.queues = queues;
            this.live = live;
            addClassName("queue-count");
            setId("queue-count");
            recount();
        }

        void recount() {
            long waiting = queues.queueCount();
            setText(String.valueOf(waiting));
            setVisible(waiting > 0);
            getElement().setAttribute("aria-label", waiting + " claims waiting for review");
        }

        @Override
        protected void onAttach(AttachEvent event) {
            registration = live.join(event.getUI(), this::recount);
            recount();
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (registration != null) {
                registration.remove();
                registration = null;
            }
        }
    }
}
