package org.claimdesk.claims.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleText;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The reader's text with its claims: the highlighter beside a panel with who else is reading, the list
 * of claims (synced with the marks) and the claim editor. Changes made by others arrive one claim at a
 * time and redraw only that claim.
 */
class ClaimWorkspace extends Div {

    static final Comparator<Claim> TEXT_ORDER = Comparator.<Claim>comparingInt(c -> c.anchor().start())
            .thenComparing(c -> -c.anchor().end()).thenComparingLong(Claim::id);

    private final Article article;
    private final ClaimService claims;
    private final LiveClaims live;
    private final List<ClaimPanelExtension.Part> parts;
    private final String username = CurrentUser.requireUsername();
    private final boolean canCreate = CurrentUser.has(Role.ANNOTATOR);

    final ClaimHighlighter highlighter = new ClaimHighlighter();
    final ClaimList list;
    final Span presence = new Span();
    final H3 count = new H3();
    final Span selectionHint = new Span();
    final Button newClaim = new Button("New claim", new Icon(VaadinIcon.PLUS));
    final ClaimEditor editor;

    /** The claims on screen, as last read or pushed. */
    private final Map<Long, Claim> shown = new HashMap<>();
    /** Claims deleted while this reader is open: a late update about one of them is ignored. */
    private final Set<Long> deleted = new HashSet<>();
    private ClaimHighlighter.@Nullable Selection selection;
    private @Nullable Long chosenOnAttach;
    private @Nullable Registration liveRegistration;
    private boolean touch;

    ClaimWorkspace(Article article, ClaimService claims, SpeakerService speakers, LiveClaims live) {
        this(article, claims, speakers, live, List.of());
    }

    ClaimWorkspace(Article article, ClaimService claims, SpeakerService speakers, LiveClaims live,
            List<ClaimPanelExtension> extensions) {
        this.article = article;
        this.claims = claims;
        this.live = live;
        addClassName("claim-workspace");

        highlighter.setId("highlighter");
        highlighter.setText(article.body());
        highlighter.setCanCreate(canCreate);
        highlighter.getElement().setAttribute("lang", article.language());
        highlighter.getElement().setAttribute("dir", ArticleText.isRightToLeft(article.language()) ? "rtl" : "ltr");
        highlighter.addSelectionListener(e -> selected(e.selection()));
        highlighter.addSelectionClearedListener(e -> selected(null));
        highlighter.addCreateRequestListener(e -> startNew(e.selection()));
        highlighter.addMarkClickListener(e -> showClaim(e.claimId(), false));

        presence.addClassName("presence");
        presence.setId("presence");
        count.addClassName("claim-count");
        selectionHint.addClassName("selection-hint");
        newClaim.setId("new-claim");
        newClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        newClaim.setVisible(canCreate);
        newClaim.setEnabled(false);
        newClaim.addClickListener(e -> {
            if (selection != null) {
                startNew(selection);
            }
        });
        selected(null);

        list = new ClaimList(highlighter, "No claims yet. Select a passage to add one.");
        list.setId("claim-list");
        list.addClaimClickListener(e -> showClaim(e.claimId(), true));

        editor = new ClaimEditor(claims, speakers, article.id(), this::saved, this::deleted, this::closeEditor);
        editor.setVisible(false);

        Div text = new Div(highlighter);
        text.addClassName("claim-text");
        Div panel = new Div(presence, count, selectionHint, newClaim, list, editor);
        panel.addClassName("claim-panel");
        ClaimPanelExtension.Host host = this::changedHere;
        parts = extensions.stream().map(e -> e.create(article, host)).toList();
        parts.forEach(part -> panel.add(part.component()));
        add(text, panel);
        claims.forArticle(article.id()).forEach(c -> shown.put(c.id(), c));
        updateCount();
    }

    /** Shows this claim (scrolled into view and flashed) once the reader is on screen; a deep link's choice. */
    void choose(long claimId) {
        chosenOnAttach = claimId;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The claims are not element state: they are sent again whenever the reader is attached.
        highlighter.setClaims(shownClaims());
        Long chosen = chosenOnAttach;
        chosenOnAttach = null;
        if (chosen != null && shown.containsKey(chosen)) {
            openClaim(chosen, true);
        }
        liveRegistration = live.join(article.id(), event.getUI(), this::changedElsewhere, this::showPresence);
        event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            touch = details.isTouchDevice();
            selected(selection);
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    /** The claims on screen in text order. */
    List<Claim> shownClaims() {
        return shown.values().stream().sorted(TEXT_ORDER).toList();
    }

    private void updateCount() {
        count.setText(shown.size() == 1 ? "1 claim" : shown.size() + " claims");
    }

    private void put(Claim claim) {
        shown.put(claim.id(), claim);
        highlighter.applyChanges(List.of(claim), List.of());
        updateCount();
    }

    private void remove(long id) {
        deleted.add(id);
        if (shown.remove(id) != null) {
            highlighter.applyChanges(List.of(), List.of(id));
            updateCount();
        }
    }

    private void selected(ClaimHighlighter.@Nullable Selection selected) {
        selection = selected;
        newClaim.setEnabled(selected != null);
        if (selected == null) {
            selectionHint.setText(!canCreate ? (touch ? "Tap a mark to see its claim." : "Click a mark to see its claim.")
                    : touch ? "Select a passage, then tap “New claim”." : "Select a passage, then press c or “New claim”.");
        } else {
            String quote = selected.quote().replace('\n', ' ');
            int shownLength = Math.min(quote.codePointCount(0, quote.length()), 80);
            selectionHint.setText("Selected: “" + quote.substring(0, quote.offsetByCodePoints(0, shownLength))
                    + (shownLength < quote.codePointCount(0, quote.length()) ? "…" : "") + "”");
        }
    }

    private void startNew(ClaimHighlighter.Selection selected) {
        if (!canCreate) {
            return; // a forged request from a reader who may not create: the service would refuse it anyway
        }
        editor.whenDiscardable(() -> writeNew(selected));
    }

    private void writeNew(ClaimHighlighter.Selection selected) {
        list.select(null);
        highlighter.select(null);
        highlighter.setPending(selected);
        editor.startNew(selected);
        editor.setVisible(true);
    }

    /** Shows the claim chosen in the text or the list, once the claim being written may be left. */
    private void showClaim(long id, boolean flash) {
        if (shown.containsKey(id)) {
            editor.whenDiscardable(() -> openClaim(id, flash));
        }
    }

    private void openClaim(long id, boolean flash) {
        Claim claim = shown.get(id);
        if (claim == null) {
            return; // deleted elsewhere while the user was asked
        }
        highlighter.setPending(null);
        list.select(id);
        highlighter.select(id);
        if (flash) {
            highlighter.flash(id);
        }
        editor.show(claim, claims.mayChange(claim));
        editor.setVisible(true);
        parts.forEach(part -> part.show(claim));
    }

    /** A part of the panel changed a claim: show it as it is now. */
    private void changedHere(Claim claim) {
        put(claim);
        Claim editing = editor.isVisible() ? editor.editing() : null;
        if (editing != null && editing.id() == claim.id()) {
            openClaim(claim.id(), false);
        }
    }

    private void saved(Claim claim) {
        highlighter.setPending(null);
        highlighter.clearSelection();
        selected(null);
        put(claim);
        openClaim(claim.id(), false);
    }

    private void deleted(long id) {
        closeEditor();
        remove(id);
    }

    private void closeEditor() {
        highlighter.setPending(null);
        editor.reset();
        editor.setVisible(false);
        list.select(null);
        highlighter.select(null);
        parts.forEach(part -> part.show(null));
    }

    /** Someone else changed claims on this article: redraw what changed, keep whatever is being typed. */
    private void changedElsewhere(LiveClaims.Update update) {
        switch (update) {
            case LiveClaims.Saved saved -> {
                Claim now = saved.claim();
                Claim before = shown.get(now.id());
                if (deleted.contains(now.id()) || (before != null && before.version() >= now.version())) {
                    return; // a late update, overtaken by a newer one
                }
                put(now);
                Claim editing = editor.isVisible() ? editor.editing() : null;
                if (editing != null && editing.id() == now.id() && editing.version() != now.version()) {
                    editor.changedElsewhere(saved.by() + " changed this claim. Your form is as you left it.", now);
                    parts.forEach(part -> part.show(now));
                }
            }
            case LiveClaims.Deleted gone -> {
                remove(gone.claimId());
                Claim editing = editor.isVisible() ? editor.editing() : null;
                if (editing != null && editing.id() == gone.claimId()) {
                    editor.changedElsewhere(gone.by() + " deleted this claim.", null);
                }
            }
            case LiveClaims.SpeakerChanged changed -> {
                boolean named = false;
                for (Claim c : List.copyOf(shown.values())) {
                    if (c.speaker() != null && c.speaker().id() == changed.speaker().id()) {
                        shown.put(c.id(), c.withSpeaker(changed.speaker()));
                        named = true;
                    }
                }
                if (named) {
                    highlighter.renameSpeaker(changed.speaker());
                }
            }
            case LiveClaims.Merged merged -> {
                List<Claim> moved = shown.values().stream()
                        .filter(c -> c.speaker() != null && c.speaker().id() == merged.mergedId())
                        .map(c -> c.withSpeaker(merged.survivor())).toList();
                moved.forEach(c -> shown.put(c.id(), c));
                if (!moved.isEmpty()) {
                    highlighter.applyChanges(moved, List.of());
                }
            }
        }
    }

    private void showPresence(List<String> present) {
        List<String> others = present.stream().filter(name -> !name.equals(username)).toList();
        presence.setText(others.isEmpty() ? "Only you are reading this article." : "Also reading: " + String.join(", ", others));
    }
}
