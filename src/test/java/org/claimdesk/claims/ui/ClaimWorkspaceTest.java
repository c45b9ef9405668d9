package org.claimdesk.claims.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
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
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ClaimWorkspaceTest extends KaribuTest {

    static final String BODY = "The lab said its model 🤖 beats every rival.\nA second paragraph follows.";

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;
    @Autowired LiveClaims live;

    Article article;

    @BeforeEach
    void article() {
        users.signIn(Role.ANNOTATOR);
        article = articles.create(new NewArticle("Workspace " + UUID.randomUUID(), "Wire", null, null, null, "en",
                BODY + "\n" + UUID.randomUUID()));
    }

    ClaimWorkspace open() {
        return show(new ClaimWorkspace(article, claims, speakers, live));
    }

    static void select(ClaimWorkspace workspace, String quote) {
        int start = BODY.codePointCount(0, BODY.indexOf(quote));
        ComponentUtil.fireEvent(workspace.highlighter, new ClaimHighlighter.SelectionEvent(workspace.highlighter, true,
                start, start + quote.codePointCount(0, quote.length()), quote));
    }

    Claim existing(String quote) {
        int start = BODY.codePointCount(0, BODY.indexOf(quote));
        return claims.create(new NewClaim(article.id(), start, start + quote.codePointCount(0, quote.length()), quote,
                new ClaimFields(null, Attribution.UNATTRIBUTED, SpeakerCertainty.HEDGED, 40, ClaimType.OTHER, List.of(), null)));
    }

    @Test
    void a_selection_enables_new_claim_and_saving_adds_it_to_the_list_and_the_marks() {
        ClaimWorkspace workspace = open();
        assertThat(workspace.newClaim.isEnabled()).isFalse();

        select(workspace, "its model 🤖 beats every rival");
        assertThat(workspace.selectionHint.getText()).contains("its model 🤖 beats every rival");
        _click(workspace.newClaim);
        ClaimEditor editor = workspace.editor;
        assertThat(editor.isVisible()).isTrue();
        assertThat(editor.quote.getText()).isEqualTo("its model 🤖 beats every rival");
        assertThat(workspace.highlighter.getElement().getPropertyRaw("pending")).isNotNull();
        _setValue(editor.type, ClaimType.CAPABILITY);
        _setValue(editor.note, "<script>alert(1)</script>");
        _click(editor.save);

        assertThat(GridKt._size(workspace.list)).isEqualTo(1);
        Claim saved = GridKt._get(workspace.list, 0);
        assertThat(saved.type()).isEqualTo(ClaimType.CAPABILITY);
        assertThat(saved.note()).isEqualTo("<script>alert(1)</script>");
        assertThat(workspace.count.getText()).isEqualTo("1 claim");
        assertThat(editor.heading.getText()).isEqualTo("Edit claim");
        assertThat(workspace.highlighter.getElement().getPropertyRaw("pending")).isNull();
    }

    @Test
    void out_of_range_or_missing_confidence_and_a_long_note_are_shown_at_their_fields() {
        ClaimWorkspace workspace = open();
        select(workspace, "beats every rival");
        _click(workspace.newClaim);
        ClaimEditor editor = workspace.editor;

        _setValue(editor.confidence, 150);
        _click(editor.save);
        assertThat(editor.confidence.isInvalid()).isTrue();
        assertThat(editor.confidence.getErrorMessage()).contains("0 to 100");

        _setValue(editor.confidence, null);
        _click(editor.save);
        assertThat(editor.confidence.getErrorMessage()).contains("whole number");

        _setValue(editor.confidence, 80);
        _setValue(editor.note, "x".repeat(4001));
        _click(editor.save);
        assertThat(editor.confidence.isInvalid()).isFalse();
        assertThat(editor.note.isInvalid()).isTrue();
        assertThat(editor.note.getErrorMessage()).contains("4,001").contains("4,000");
        assertThat(claims.forArticle(article.id())).isEmpty();
    }

    @Test
    void saving_over_someone_elses_change_shows_a_conflict_and_can_load_their_version() {
        Claim claim = existing("A second paragraph");
        ClaimWorkspace workspace = open();
        workspace.list.select(claim);
        ComponentUtil.fireEvent(workspace.highlighter, new ClaimHighlighter.MarkClickEvent(workspace.highlighter, true, claim.id()));
        ClaimEditor editor = workspace.editor;
        _setValue(editor.confidence, 10);

        users.signIn(Role.EDITOR);
        claims.update(claim.id(), claim.version(), new ClaimFields(null, Attribution.REPORTED, SpeakerCertainty.DENIED, 99,
                ClaimType.POLICY, List.of("checked"), "Editor's view"));
        users.signIn(Role.ANNOTATOR);
        _click(editor.save);

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.conflict.getElement().getTextRecursively()).contains("editor changed this claim");
        assertThat(editor.confidence.getValue()).isEqualTo(10);
        _click(com.github.mvysny.kaributesting.v10.LocatorJ._get(editor.conflict, com.vaadin.flow.component.button.Button.class));
        assertThat(editor.confidence.getValue()).isEqualTo(99);
        assertThat(editor.note.getValue()).isEqualTo("Editor's view");
    }

    @Test
    void a_viewer_sees_claims_read_only_and_cannot_start_one() {
        Claim claim = existing("A second paragraph");
        users.signIn(Role.VIEWER);
        ClaimWorkspace workspace = open();
        assertThat(workspace.newClaim.isVisible()).isFalse();

        ComponentUtil.fireEvent(workspace.highlighter, new ClaimHighlighter.MarkClickEvent(workspace.highlighter, true, claim.id()));
        assertThat(workspace.editor.isVisible()).isTrue();
        assertThat(workspace.editor.heading.getText()).isEqualTo("Claim");
        assertThat(workspace.editor.save.isVisible()).isFalse();
        assertThat(workspace.editor.delete.isVisible()).isFalse();
        assertThat(workspace.editor.confidence.isReadOnly()).isTrue();
        assertThat(workspace.list.getSelectedItems()).extracting(Claim::id).containsExactly(claim.id());
    }

    @Test
    void another_users_change_arrives_without_touching_a_new_claim_being_typed() throws InterruptedException {
        ClaimWorkspace workspace = open();
        select(workspace, "beats every rival");
        _click(workspace.newClaim);
        _setValue(workspace.editor.note, "half-typed note");

        // The editor saves from another browser: no UI of this test is current while it happens.
        com.vaadin.flow.component.UI mine = com.vaadin.flow.component.UI.getCurrent();
        com.vaadin.flow.component.UI.setCurrent(null);
        try {
            users.signIn(Role.EDITOR);
            existing("A second paragraph");
        } finally {
            com.vaadin.flow.component.UI.setCurrent(mine);
            users.signIn(Role.ANNOTATOR);
        }
        // The update arrives from another thread; let the UI run what it receives until it shows up.
        long deadline = System.currentTimeMillis() + 10_000;
        while (GridKt._size(workspace.list) == 0 && System.currentTimeMillis() < deadline) {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            Thread.sleep(50);
        }

        assertThat(GridKt._size(workspace.list)).isEqualTo(1);
        assertThat(workspace.editor.note.getValue()).isEqualTo("half-typed note");
        assertThat(workspace.editor.heading.getText()).isEqualTo("New claim");
    }
}
