package org.claimdesk.claims.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.Map;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.Speaker;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The article text with a mark for every claim ({@code frontend/src/claim-highlighter.ts}). The server
 * sets the text and the claims, then sends only what changes; the browser reports selections as code
 * point offsets and clicks on marks.
 */
@Tag("claim-highlighter")
@JsModule("./src/claim-highlighter.ts")
public class ClaimHighlighter extends Component {

    /**
     * A selection, as the browser reported it. Offsets that are not whole numbers within int range (a
     * forged request) arrive as -1, which every range check refuses.
     */
    public record Selection(int start, int end, String quote) {
    }

    public ClaimHighlighter() {
        addClassName("claim-highlighter");
    }

    public void setText(String text) {
        getElement().setProperty("text", text);
    }

    /** Shows exactly these claims. Not kept as element state: call it again after the element is re-attached. */
    public void setClaims(Collection<Claim> claims) {
        getElement().callJsFunction("setData", MarkData.full(claims));
    }

    /** Draws claims added or changed and removes others; only the paragraphs they touch are laid out again. */
    public void applyChanges(Collection<Claim> upserts, Collection<Long> removed) {
        if (!upserts.isEmpty() || !removed.isEmpty()) {
            getElement().callJsFunction("applyChanges", MarkData.delta(upserts, removed));
        }
    }

    /** Relabels the marks of a speaker who was renamed. */
    public void renameSpeaker(Speaker speaker) {
        getElement().callJsFunction("applyChanges", MarkData.renamed(speaker));
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
            getElement().setPropertyMap("pending", Map.of("start", selection.start(), "end", selection.end()));
        }
    }

    public void clearSelection() {
        getElement().callJsFunction("clearSelection");
    }

    /** Whether the {@code c} shortcut and the touch button ask to create a claim from the selection. */
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

    /** An event that carries the selection the browser reported, read defensively: it comes from the client. */
    public abstract static class SelectionCarryingEvent extends ComponentEvent<ClaimHighlighter> {
        private final Selection selection;

        protected SelectionCarryingEvent(ClaimHighlighter source, boolean fromClient, JsonNode start, JsonNode end,
                JsonNode quote) {
            super(source, fromClient);
            this.selection = new Selection(offset(start), offset(end), quote.isString() ? quote.asString() : "");
        }

        public Selection selection() {
            return selection;
        }

        private static int offset(JsonNode value) {
            return value.isNumber() && value.canConvertToInt() && value.asDouble() == Math.rint(value.asDouble())
                    ? value.asInt() : -1;
        }
    }

    /** The user selected text. */
    @DomEvent("text-selected")
    public static class SelectionEvent extends SelectionCarryingEvent {
        public SelectionEvent(ClaimHighlighter source, boolean fromClient,
                @EventData("event.detail.start") JsonNode start,
                @EventData("event.detail.end") JsonNode end,
                @EventData("event.detail.quote") JsonNode quote) {
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

    /** The user pressed the create shortcut, or the touch button, with text selected. */
    @DomEvent("create-requested")
    public static class CreateRequestEvent extends SelectionCarryingEvent {
        public CreateRequestEvent(ClaimHighlighter source, boolean fromClient,
                @EventData("event.detail.start") JsonNode start,
                @EventData("event.detail.end") JsonNode end,
                @EventData("event.detail.quote") JsonNode quote) {
            super(source, fromClient, start, end, quote);
        }
    }

    /** A claim was chosen in the browser; its id comes from the client and is read defensively. */
    public abstract static class ClaimChosenEvent<C extends Component> extends ComponentEvent<C> {
        private final long claimId;

        protected ClaimChosenEvent(C source, boolean fromClient, JsonNode claimId) {
            super(source, fromClient);
            this.claimId = claimId.canConvertToLong() ? claimId.asLong() : -1;
        }

        public long claimId() {
            return claimId;
        }
    }

    /** The user clicked a mark (or chose one claim where several overlap). */
    @DomEvent("claim-clicked")
    public static class MarkClickEvent extends ClaimChosenEvent<ClaimHighlighter> {
        public MarkClickEvent(ClaimHighlighter source, boolean fromClient, @EventData("event.detail.id") JsonNode claimId) {
            super(source, fromClient, claimId);
        }
    }
}
