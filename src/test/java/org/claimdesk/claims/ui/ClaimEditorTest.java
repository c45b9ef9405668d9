package org.claimdesk.claims.ui;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
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
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.claims.ui.ClaimWorkspaceTest.BODY;
import static org.claimdesk.claims.ui.ClaimWorkspaceTest.clickMark;
import static org.claimdesk.claims.ui.ClaimWorkspaceTest.select;

/** The claim editor inside the reader: what it accepts as confidence, and that it never loses a half-written claim. */
class ClaimEditorTest extends KaribuTest {

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;
    @Autowired LiveClaims live;

    Article article;
    ClaimWorkspace workspace;
    ClaimEditor editor;

    @BeforeEach
    void openArticle() {
        users.signIn(Role.ANNOTATOR);
        article = articles.create(new NewArticle("Editor " + UUID.randomUUID(), "Wire", null, null, null, "en",
                BODY + "\n" + UUID.randomUUID()));
    }

    void open() {
        workspace = show(new ClaimWorkspace(article, claims, speakers, live));
        editor = workspace.editor;
    }

    /** Opens the reader and starts a new claim on {@code quote}. */
    void startNew(String quote) {
        open();
        select(workspace, quote);
        _click(workspace.newClaim);
    }

    Claim existing(String quote) {
        int start = BODY.codePointCount(0, BODY.indexOf(quote));
        return claims.create(new NewClaim(article.id(), start, start + quote.codePointCount(0, quote.length()), quote,
                new ClaimFields(null, Attribution.UNATTRIBUTED, SpeakerCertainty.HEDGED, 40, ClaimType.OTHER, List.of(), null)));
    }

    void pressEscape() {
        ShortcutsKt._fireShortcut(editor, Key.ESCAPE);
    }

    @Test
    void confidence_that_is_no_whole_number_from_0_to_100_is_refused_as_typed_and_nothing_is_saved() {
        startNew("beats every rival");

        for (String typed : List.of("1e9", "50.5", "-1", "101", "abc", "")) {
            _setValue(editor.confidence, typed);
            _click(editor.save);

            assertThat(editor.confidence.isInvalid()).as(typed).isTrue();
            assertThat(editor.confidence.getErrorMessage()).as(typed).isEqualTo("Confidence is a whole number from 0 to 100.");
            assertThat(editor.confidence.getValue()).as("still as typed").isEqualTo(typed);
        }
        assertThat(claims.forArticle(article.id())).isEmpty();
        assertThat(editor.heading.getText()).isEqualTo("New claim");
    }

    @Test
    void a_whole_number_confidence_is_saved_as_typed() {
        startNew("beats every rival");

        _setValue(editor.confidence, "75");
        _click(editor.save);

        assertThat(editor.confidence.isInvalid()).isFalse();
        assertThat(claims.forArticle(article.id())).singleElement().extracting(Claim::confidence).isEqualTo(75);
    }

    @Test
    void esc_with_a_half_written_claim_asks_first_and_keep_editing_keeps_what_was_typed() {
        startNew("beats every rival");
        _setValue(editor.note, "half-written");
        _setValue(editor.confidence, "35");

        pressEscape();

        ConfirmDiscard ask = _get(ConfirmDiscard.class);
        assertThat(ask.getHeaderTitle()).isEqualTo("Discard your unsaved claim?");
        _click(ask.keepEditing);
        assertThat(_find(ConfirmDiscard.class)).isEmpty();
        assertThat(editor.isVisible()).isTrue();
        assertThat(editor.heading.getText()).isEqualTo("New claim");
        assertThat(editor.note.getValue()).isEqualTo("half-written");
        assertThat(editor.confidence.getValue()).isEqualTo("35");
        assertThat(workspace.highlighter.getElement().getPropertyRaw("pending")).isNotNull();
    }

    @Test
    void discarding_unsaved_changes_to_a_claim_closes_the_editor_and_leaves_the_claim_as_it_was() {
        Claim claim = existing("A second paragraph");
        open();
        clickMark(workspace, claim.id());
        _setValue(editor.type, ClaimType.POLICY);

        pressEscape();
        _click(_get(ConfirmDiscard.class).discard);

        assertThat(editor.isVisible()).isFalse();
        assertThat(editor.editing()).isNull();
        assertThat(claims.find(claim.id()).orElseThrow().type()).isEqualTo(ClaimType.OTHER);
    }

    @Test
    void an_editor_without_changes_closes_at_once() {
        Claim claim = existing("A second paragraph");
        startNew("beats every rival");

        pressEscape();

        assertThat(_find(ConfirmDiscard.class)).isEmpty();
        assertThat(editor.isVisible()).isFalse();
        assertThat(workspace.highlighter.getElement().getPropertyRaw("pending")).isNull();

        clickMark(workspace, claim.id());
        _setValue(editor.confidence, "90");
        _setValue(editor.confidence, "40");
        _click(editor.close);
        assertThat(_find(ConfirmDiscard.class)).isEmpty();
        assertThat(editor.isVisible()).isFalse();
    }

    @Test
    void clicking_another_mark_while_writing_asks_first() {
        Claim other = existing("A second paragraph");
        startNew("beats every rival");
        _setValue(editor.note, "half-written");

        clickMark(workspace, other.id());
        _click(_get(ConfirmDiscard.class).keepEditing);

        assertThat(editor.heading.getText()).isEqualTo("New claim");
        assertThat(editor.note.getValue()).isEqualTo("half-written");
        assertThat(workspace.list.getElement().getProperty("selectedId", -1)).isEqualTo(-1);

        clickMark(workspace, other.id());
        _click(_get(ConfirmDiscard.class).discard);

        assertThat(editor.heading.getText()).isEqualTo("Edit claim");
        assertThat(editor.quote.getText()).isEqualTo("A second paragraph");
        assertThat(editor.note.getValue()).isEmpty();
        assertThat(workspace.highlighter.getElement().getPropertyRaw("pending")).isNull();
    }
}
