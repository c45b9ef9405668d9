package org.claimdesk.review.ui;

import com.vaadin.flow.component.html.Span;
import org.claimdesk.claims.ClaimStatus;

/** A claim's review state as a coloured badge. */
class StatusBadge extends Span {

    StatusBadge() {
        addClassName("status-badge");
    }

    void show(ClaimStatus status) {
        setText(status.label());
        getElement().setAttribute("data-status", status.name());
    }
}
