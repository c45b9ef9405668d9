package org.claimdesk.claims.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import org.claimdesk.articles.Article;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The reader's text with its claims: the highlighter beside a panel with who else is reading, the list
 * of claims (synced with the marks) and the claim editor.
 */
class ClaimWorkspace extends Div {

    private final Article article;
    private final ClaimService claims;
    private final LiveClaims live;
    private final String username = CurrentUser.requireUsername();

    final ClaimHighlighter highlighter = new ClaimHighlighter();
    final Span presence = new Span();
    final H3 count = new H3();
    final Span selectionHint = new Span();
    final Button newClaim = new Button("New claim", new Icon(VaadinIcon.PLUS));
    final Grid<Claim> list = new Grid<>();
    final ClaimEditor editor;

    private List<Claim> current = List.of();
    private ClaimHighlighter.@Nullable Selection selection;
    private @Nullable Registration liveRegistration;

    ClaimWorkspace(Article article, ClaimService claims, SpeakerService speakers, LiveClaims live) {
        this.article = article;
        this.claims = claims;
        this.live = live;
        addClassName("claim-workspace");
        boolean canCreate = CurrentUser.has(Role.ANNOTATOR);

        highlighter.setText(article.body());
        highlighter.setCanCreate(canCreate);
        highlighter.setId("highlighter");
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

        list.setId("claim-list");
        list.addClassName("claim-list");
        list.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        list.addColumn(LitRenderer.<Claim>of("""
                <div class="claim-row"><span class="claim-swatch" style="background:${item.color}"></span>
                <div><div><b>${item.speaker}</b> · ${item.type} · ${item.confidence}%</div>
                <div class="claim-excerpt">${item.excerpt}</div></div></div>""")
                .withProperty("color", c -> c.type().color())
                .withProperty("speaker", Claim::speakerName)
                .withProperty("type", c -> c.type().label())
                .withProperty("confidence", Claim::confidence)
                .withProperty("excerpt", c -> c.excerpt(90)));
        list.setEmptyStateText("No claims yet. Select a passage to add one.");
        list.addItemClickListener(e -> showClaim(e.getItem().id(), true));

        editor = new ClaimEditor(claims, speakers, article.id(), this::saved, this::deleted, this::closeEditor);
        editor.setVisible(false);

        Div text = new Div(highlighter);
        text.addClassName("claim-text");
        Div panel = new Div(presence, count, selectionHint, newClaim, list, editor);
        panel.addClassName("claim-panel");
        add(text, panel);
        reload();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.join(article.id(), event.getUI(), username, this::changedElsewhere, this::showPresence);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    private void reload() {
        current = claims.forArticle(article.id());
        highlighter.setMarks(current.stream().map(ClaimWorkspace::mark).toList());
        list.setItems(current);
        count.setText(current.size() == 1 ? "1 claim" : current.size() + " claims");
        Claim shown = editor.editing();
        if (shown != null) {
            find(shown.id()).ifPresentOrElse(list::select, list::deselectAll);
        }
    }

    static ClaimHighlighter.Mark mark(Claim c) {
        return new ClaimHighlighter.Mark(c.id(), c.anchor().start(), c.anchor().end(), c.type().color(),
                c.speakerName() + " · " + c.type().label());
    }

    private Optional<Claim> find(long id) {
        return current.stream().filter(c -> c.id() == id).findFirst();
    }

    private void selected(ClaimHighlighter.@Nullable Selection selected) {
        selection = selected;
        newClaim.setEnabled(selected != null);
        if (selected == null) {
            selectionHint.setText(CurrentUser.has(Role.ANNOTATOR)
                    ? "Select a passage, then press c or “New claim”." : "Click a mark to see its claim.");
        } else {
            String quote = selected.quote().replace('\n', ' ');
            int shown = Math.min(quote.codePointCount(0, quote.length()), 80);
            selectionHint.setText("Selected: “" + quote.substring(0, quote.offsetByCodePoints(0, shown))
                    + (shown < quote.codePointCount(0, quote.length()) ? "…" : "") + "”");
        }
    }

    private void startNew(ClaimHighlighter.Selection selected) {
        list.deselectAll();
        highlighter.select(null);
        highlighter.setPending(selected);
        editor.startNew(selected);
        editor.setVisible(true);
    }

    private void showClaim(long id, boolean flash) {
        find(id).ifPresent(claim -> {
            highlighter.setPending(null);
            list.select(claim);
            list.scrollToItem(claim);
            highlighter.select(id);
            if (flash) {
                highlighter.flash(id);
            }
            editor.show(claim, claims.mayChange(claim));
            editor.setVisible(true);
        });
    }

    private void saved(Claim claim) {
        highlighter.setPending(null);
        highlighter.clearSelection();
        selected(null);
        reload();
        showClaim(claim.id(), false);
    }

    private void deleted(long id) {
        closeEditor();
        reload();
    }

    private void closeEditor() {
        highlighter.setPending(null);
        editor.reset();
        editor.setVisible(false);
        list.deselectAll();
        highlighter.select(null);
    }

    /** Someone else changed claims on this article: refresh marks and list, keep whatever is being typed. */
    private void changedElsewhere(LiveClaims.Change change) {
        reload();
        Claim shown = editor.editing();
        if (shown == null || !editor.isVisible() || (change.claimId() != null && change.claimId() != shown.id())) {
            return;
        }
        if (change.kind() == LiveClaims.Change.Kind.DELETED) {
            editor.changedElsewhere(change.by() + " deleted this claim.", null);
        } else {
            claims.find(shown.id()).filter(latest -> latest.version() != shown.version()).ifPresent(latest ->
                    editor.changedElsewhere(change.by() + " changed this claim. Your form is as you left it.", latest));
        }
    }

    private void showPresence(List<String> present) {
        List<String> others = present.stream().filter(name -> !name.equals(username)).toList();
        presence.setText(others.isEmpty() ? "Only you are reading this article." : "Also reading: " + String.join(", ", others));
    }
}
