package org.claimdesk.claims.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The claims of the article in text order ({@code frontend/src/claim-list.ts}). It shows the claims of its
 * highlighter, so they are sent to the browser once, and is drawn after the text.
 */
@Tag("claim-list")
@JsModule("./src/claim-list.ts")
public class ClaimList extends Component {

    ClaimList(ClaimHighlighter highlighter, String emptyText) {
        getElement().setProperty("for", highlighter.getId().orElseThrow(
                () -> new IllegalArgumentException("The highlighter needs an id")));
        getElement().setProperty("emptyText", emptyText);
        addClassName("claim-list");
    }

    /** Marks the claim shown in the editor, or none, and scrolls it into view. */
    void select(@Nullable Long claimId) {
        if (claimId == null) {
            getElement().removeProperty("selectedId");
        } else {
            getElement().setProperty("selectedId", claimId);
        }
    }

    Registration addClaimClickListener(ComponentEventListener<ClaimClickEvent> listener) {
        return addListener(ClaimClickEvent.class, listener);
    }

    /** A claim in the list was chosen. */
    @DomEvent("claim-clicked")
    public static class ClaimClickEvent extends ClaimHighlighter.ClaimChosenEvent<ClaimList> {
        public ClaimClickEvent(ClaimList source, boolean fromClient, @EventData("event.detail.id") JsonNode claimId) {
            super(source, fromClient, claimId);
        }
    }
}
