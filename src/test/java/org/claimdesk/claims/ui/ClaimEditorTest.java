package org.claimdesk.claims.ui;

import java.util.List;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.claims.ui.ClaimWorkspaceTest.BODY;
import static org.claimdesk.claims.ui.ClaimWorkspaceTest.select;

/** The claim editor inside the reader: what it accepts as confidence. */
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
}
