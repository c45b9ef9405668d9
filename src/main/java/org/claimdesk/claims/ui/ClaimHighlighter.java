package org.claimdesk.claims.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The article text with a mark for every claim ({@code frontend/src/claim-highlighter.ts}). The server
 * sets the text and the marks; the browser reports selections as code point offsets and clicks on marks.
 */
@Tag("claim-highlighter")
@JsModule("./src/claim-highlighter.ts")
public class ClaimHighlighter extends Component {

    /** One mark: a claim's span in code points, its colour and what a screen reader announces. */
    public record Mark(long id, int start, int end, String color, String label) {
    }

    /** A selection, as the browser reported it. */
    public record Selection(int start, int end, String quote) {
    }

    public ClaimHighlighter() {
        addClassName("claim-highlighter");
    }

    public void setText(String text) {
        getElement().setProperty("text", text);
    }

    public void setMarks(List<Mark> marks) {
        getElement().setPropertyList("claims", marks);
    }

    /** Outlines the claim's marks, or none. */
    public void select(@Nullable Long claimId) {
        if (claimId == null) {
            getElement().removeProperty("selectedId");
        } else {
            getElement().setProperty("selectedId", claimId);
        }
    }

    /** Scrolls the claim into view and flashes it. */
    public void flash(long claimId) {
        getElement().callJsFunction("flash", claimId);
    }

    /** Draws the passage a new claim is being written for, or nothing. */
    public void setPending(@Nullable Selection selection) {
        if (selection == null) {
            getElement().removeProperty("pending");
        } else {
            getElement().setPropertyMap("pending", java.util.Map.of("start", selection.start(), "end", selection.end()));
        }
    }

    public void clearSelection() {
        getElement().callJsFunction("clearSelection");
    }

    /** Whether the {@code c} shortcut asks to create a claim from the selection. */
    public void setCanCreate(boolean canCreate) {
        getElement().setProperty("canCreate", canCreate);
    }

    public Registration addSelectionListener(ComponentEventListener<SelectionEvent> listener) {
        return addListener(SelectionEvent.class, listener);
    }

    public Registration addSelectionClearedListener(ComponentEventListener<SelectionClearedEvent> listener) {
        return addListener(SelectionClearedEvent.class, listener);
    }

    public Registration addCreateRequestListener(ComponentEventListener<CreateRequestEvent> listener) {
        return addListener(CreateRequestEvent.class, listener);
    }

    public Registration addMarkClickListener(ComponentEventListener<MarkClickEvent> listener) {
        return addListener(MarkClickEvent.class, listener);
    }

    /** An event that carries the selection the browser reported. */
    public abstract static class SelectionCarryingEvent extends ComponentEvent<ClaimHighlighter> {
        private final Selection selection;

        protected SelectionCarryingEvent(ClaimHighlighter source, boolean fromClient, int start, int end, String quote) {
            super(source, fromClient);
            this.selection = new Selection(start, end, quote);
        }

        public Selection selection() {
            return selection;
        }
    }

    /** The user selected text. */
    @DomEvent("text-selected")
    public static class SelectionEvent extends SelectionCarryingEvent {
        public SelectionEvent(ClaimHighlighter source, boolean fromClient,
                @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end,
                @EventData("event.detail.quote") String quote) {
            super(source, fromClient, start, end, quote);
        }
    }

    /** The selection went away (Esc, or a click elsewhere). */
    @DomEvent("selection-cleared")
    public static class SelectionClearedEvent extends ComponentEvent<ClaimHighlighter> {
        public SelectionClearedEvent(ClaimHighlighter source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The user pressed the create shortcut with text selected. */
    @DomEvent("create-requested")
    public static class CreateRequestEvent extends SelectionCarryingEvent {
        public CreateRequestEvent(ClaimHighlighter source, boolean fromClient,
                @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end,
                @EventData("event.detail.quote") String quote) {
            super(source, fromClient, start, end, quote);
        }
    }

    /** The user clicked a mark (or chose one claim where several overlap). */
    @DomEvent("claim-clicked")
    public static class MarkClickEvent extends ComponentEvent<ClaimHighlighter> {
        private final long claimId;

        public MarkClickEvent(ClaimHighlighter source, boolean fromClient, @EventData("event.detail.id") long claimId) {
            super(source, fromClient);
            this.claimId = claimId;
        }

        public long claimId() {
            return claimId;
        }
    }
}
