package org.claimdesk.claims.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.internal.JacksonUtils;
import java.time.Duration;
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
import tools.jackson.databind.node.ObjectNode;

import static org.awaitility.Awaitility.await;
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
        fireSelection(workspace, "text-selected", start, start + quote.codePointCount(0, quote.length()), quote);
    }

    /** Fires a selection event as the browser sends it: event data as JSON, which a forger controls. */
    static void fireSelection(ClaimWorkspace workspace, String event, Object start, Object end, String quote) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.set("event.detail.start", JacksonUtils.createNode(start));
        data.set("event.detail.end", JacksonUtils.createNode(end));
        data.put("event.detail.quote", quote);
        ElementUtilsKt._fireDomEvent(workspace.highlighter.getElement(),
                new DomEvent(workspace.highlighter.getElement(), event, data));
    }

    static void clickMark(ClaimWorkspace workspace, long claimId) {
        ComponentUtil.fireEvent(workspace.highlighter, new ClaimHighlighter.MarkClickEvent(workspace.highlighter, true,
                JacksonUtils.createNode(claimId)));
    }

    /**
     * Runs what other threads handed to this UI (through {@code UI.access}) until {@code condition} holds;
     * what it would send to the browser stays pending, for {@link #pendingJs} to read.
     */
    static void awaitUi(java.util.function.BooleanSupplier condition) {
        VaadinSession session = VaadinSession.getCurrent();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            session.getService().runPendingAccessTasks(session);
            return condition.getAsBoolean();
        });
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

        assertThat(workspace.shownClaims()).hasSize(1);
        Claim saved = workspace.shownClaims().getFirst();
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

        _setValue(editor.confidence, "150");
        _click(editor.save);
        assertThat(editor.confidence.isInvalid()).isTrue();
        assertThat(editor.confidence.getErrorMessage()).contains("0 to 100");

        _setValue(editor.confidence, "");
        _click(editor.save);
        assertThat(editor.confidence.getErrorMessage()).contains("whole number");

        _setValue(editor.confidence, "80");
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
        clickMark(workspace, claim.id());
        ClaimEditor editor = workspace.editor;
        _setValue(editor.confidence, "10");

        users.signIn(Role.EDITOR);
        claims.update(claim.id(), claim.version(), new ClaimFields(null, Attribution.REPORTED, SpeakerCertainty.DENIED, 99,
                ClaimType.POLICY, List.of("checked"), "Editor's view"));
        users.signIn(Role.ANNOTATOR);
        _click(editor.save);

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.conflict.getElement().getTextRecursively()).contains("editor changed this claim");
        assertThat(editor.confidence.getValue()).isEqualTo("10");
        _click(com.github.mvysny.kaributesting.v10.LocatorJ._get(editor.conflict, com.vaadin.flow.component.button.Button.class));
        assertThat(editor.confidence.getValue()).isEqualTo("99");
        assertThat(editor.note.getValue()).isEqualTo("Editor's view");
    }

    @Test
    void a_viewer_sees_claims_read_only_and_cannot_start_one() {
        Claim claim = existing("A second paragraph");
        users.signIn(Role.VIEWER);
        ClaimWorkspace workspace = open();
        assertThat(workspace.newClaim.isVisible()).isFalse();

        clickMark(workspace, claim.id());
        assertThat(workspace.editor.isVisible()).isTrue();
        assertThat(workspace.editor.heading.getText()).isEqualTo("Claim");
        assertThat(workspace.editor.save.isVisible()).isFalse();
        assertThat(workspace.editor.delete.isVisible()).isFalse();
        assertThat(workspace.editor.confidence.isReadOnly()).isTrue();
        assertThat(workspace.list.getElement().getProperty("selectedId", -1)).isEqualTo(claim.id());
    }

    @Test
    void a_forged_create_request_does_not_open_the_editor_for_a_viewer() {
        users.signIn(Role.VIEWER);
        ClaimWorkspace workspace = open();

        fireSelection(workspace, "create-requested", 0, 3, "The");

        assertThat(workspace.editor.isVisible()).isFalse();
        assertThat(workspace.selectionHint.getText()).contains("mark");
    }

    @Test
    void forged_offsets_that_are_huge_or_not_numbers_get_the_out_of_range_message() {
        ClaimWorkspace workspace = open();
        for (Object[] forged : new Object[][] {{1e10, 1e10 + 5}, {"3", "x"}, {2.5, 7}}) {
            NotificationsKt.clearNotifications();
            fireSelection(workspace, "create-requested", forged[0], forged[1], "lab said");
            _click(workspace.editor.save);

            assertThat(NotificationsKt.getNotifications()).extracting(ClaimWorkspaceTest::text)
                    .anySatisfy(message -> assertThat(message).contains("lies outside the article"));
        }
        assertThat(claims.forArticle(article.id())).isEmpty();
    }

    @Test
    void a_change_by_someone_else_redraws_that_one_claim() {
        Claim first = existing("The lab said");
        existing("A second paragraph");
        ClaimWorkspace workspace = open();
        assertThat(pendingJs()).anySatisfy(js -> assertThat(js).contains("setData"));

        asEditorElsewhere(() -> claims.update(first.id(), first.version(), new ClaimFields(null, Attribution.REPORTED,
                SpeakerCertainty.DENIED, 5, ClaimType.POLICY, List.of(), null)));

        awaitUi(() -> workspace.shownClaims().getFirst().confidence() == 5);
        assertThat(workspace.shownClaims()).first().extracting(Claim::type).isEqualTo(ClaimType.POLICY);
        List<String> sent = pendingJs();
        assertThat(sent).noneSatisfy(js -> assertThat(js).contains("setData"));
        assertThat(sent).filteredOn(js -> js.contains("applyChanges")).singleElement()
                .satisfies(js -> assertThat(js).contains("\"upsert\":[[" + first.id() + ",")
                        .doesNotContain("],[").hasSizeLessThan(300));
    }

    @Test
    void a_delete_by_someone_else_sends_only_that_claims_id() {
        Claim first = existing("The lab said");
        existing("A second paragraph");
        ClaimWorkspace workspace = open();
        assertThat(pendingJs()).anySatisfy(js -> assertThat(js).contains("setData"));

        asEditorElsewhere(() -> claims.delete(first.id(), first.version()));

        awaitUi(() -> workspace.shownClaims().size() == 1);
        assertThat(workspace.count.getText()).isEqualTo("1 claim");
        List<String> sent = pendingJs();
        assertThat(sent).noneSatisfy(js -> assertThat(js).contains("setData"));
        assertThat(sent).filteredOn(js -> js.contains("applyChanges")).singleElement()
                .satisfies(js -> assertThat(js).contains("{\"remove\":[" + first.id() + "]}").doesNotContain("upsert"));
    }

    /** The JavaScript calls this UI is about to send to the browser. */
    static List<String> pendingJs() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression() + " " + i.getInvocation().getParameters())
                .toList();
    }

    /** Saves as the editor from another browser: no UI of this test is current while it happens. */
    void asEditorElsewhere(Runnable change) {
        UI mine = UI.getCurrent();
        UI.setCurrent(null);
        try {
            users.signIn(Role.EDITOR);
            change.run();
        } finally {
            UI.setCurrent(mine);
            users.signIn(Role.ANNOTATOR);
        }
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "") + n.getElement().getTextRecursively();
    }

    @Test
    void another_users_change_arrives_without_touching_a_new_claim_being_typed() {
        ClaimWorkspace workspace = open();
        select(workspace, "beats every rival");
        _click(workspace.newClaim);
        _setValue(workspace.editor.note, "half-typed note");

        asEditorElsewhere(() -> existing("A second paragraph"));

        awaitUi(() -> workspace.shownClaims().size() == 1);
        assertThat(workspace.editor.note.getValue()).isEqualTo("half-typed note");
        assertThat(workspace.editor.heading.getText()).isEqualTo("New claim");
    }
}
