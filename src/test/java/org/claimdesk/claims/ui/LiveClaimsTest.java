package org.claimdesk.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.claimdesk.KaribuTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.security.Role;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserAccount;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.claims.ui.ClaimWorkspaceTest.awaitUi;
import static org.claimdesk.claims.ui.ClaimWorkspaceTest.pendingJs;

/** Live updates between readers of one article: what reaches whom, and what does not. */
class LiveClaimsTest extends KaribuTest {

    static final String BODY = "The chief said the model beats every rival.\nThe rival disagreed.";

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;
    @Autowired UserService userService;
    @Autowired LiveClaims live;

    Article article;
    Speaker chief;

    @BeforeEach
    void article() {
        users.signIn(Role.EDITOR);
        article = articles.create(new NewArticle("Live " + UUID.randomUUID(), "Wire", null, null, null, "en",
                BODY + "\n" + UUID.randomUUID()));
        chief = speakers.create(SpeakerFields.named("Chief " + UUID.randomUUID().toString().substring(0, 6), SpeakerKind.PERSON));
    }

    Claim claim(String quote, Speaker speaker) {
        int start = BODY.codePointCount(0, BODY.indexOf(quote));
        return claims.create(new NewClaim(article.id(), start, start + quote.codePointCount(0, quote.length()), quote,
                new ClaimFields(speaker.id(), Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 50, ClaimType.OTHER,
                        List.of(), null)));
    }

    ClaimWorkspace openAs(String username) {
        users.signIn(username);
        ClaimWorkspace workspace = show(new ClaimWorkspace(article, claims, speakers, live));
        pendingJs();
        return workspace;
    }

    /** Runs a change as the editor, as if from another browser: no UI of this test is current. */
    void elsewhere(Runnable change) {
        SecurityContext mine = SecurityContextHolder.getContext();
        UI ui = UI.getCurrent();
        UI.setCurrent(null);
        try {
            users.signIn(Role.EDITOR);
            change.run();
        } finally {
            UI.setCurrent(ui);
            SecurityContextHolder.setContext(mine);
        }
    }

    @Test
    void renaming_a_speaker_relabels_the_marks_of_open_readers() {
        Claim c = claim("the model beats every rival", chief);
        ClaimWorkspace workspace = openAs("viewer");
        String renamed = "Renamed " + UUID.randomUUID().toString().substring(0, 6);

        elsewhere(() -> speakers.update(chief.id(), chief.version(), SpeakerFields.named(renamed, SpeakerKind.PERSON)));

        awaitUi(() -> workspace.shownClaims().getFirst().speakerName().equals(renamed));
        assertThat(pendingJs()).filteredOn(js -> js.contains("applyChanges")).singleElement()
                .satisfies(js -> assertThat(js).contains("\"speakers\":{\"" + chief.id() + "\":\"" + renamed + "\"}")
                        .doesNotContain("upsert"));
        assertThat(workspace.shownClaims()).extracting(Claim::id).containsExactly(c.id());
    }

    @Test
    void merging_a_speaker_moves_the_open_readers_marks_to_the_survivor() {
        Speaker survivor = speakers.create(SpeakerFields.named("Survivor " + UUID.randomUUID().toString().substring(0, 6),
                SpeakerKind.PERSON));
        Claim c = claim("The rival disagreed", chief);
        ClaimWorkspace workspace = openAs("viewer");

        elsewhere(() -> speakers.merge(survivor.id(), chief.id()));

        awaitUi(() -> workspace.shownClaims().getFirst().speaker().id() == survivor.id());
        assertThat(pendingJs()).filteredOn(js -> js.contains("applyChanges")).singleElement()
                .satisfies(js -> assertThat(js).contains("[" + c.id() + ",").contains(survivor.name()));
    }

    @Test
    void a_reader_whose_account_is_disabled_hears_of_no_further_change_and_is_sent_to_sign_in() {
        String name = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        users.signIn(Role.ADMIN);
        UserAccount account = userService.create(new NewUser(name, "Short Lived", "long-enough-pw", Role.VIEWER));
        ClaimWorkspace workspace = openAs(name);
        elsewhere(() -> claim("The chief said", chief));
        awaitUi(() -> workspace.shownClaims().size() == 1);
        pendingJs();

        elsewhere(() -> {
            users.signIn(Role.ADMIN);
            userService.setEnabled(account.id(), false);
        });
        elsewhere(() -> claim("The rival disagreed", chief));

        awaitUi(() -> pendingJs().stream().anyMatch(js -> js.contains("reload")));
        assertThat(workspace.shownClaims()).hasSize(1);
        assertThat(live.present(article.id())).doesNotContain(name);
    }

    /** An annotator's account, made for one test, so that its role can be lowered without touching the demo accounts. */
    UserAccount annotatorAccount() {
        users.signIn(Role.ADMIN);
        return userService.create(new NewUser("reader-" + UUID.randomUUID().toString().substring(0, 8), "Soon Demoted",
                "long-enough-pw", Role.ANNOTATOR));
    }

    void demote(UserAccount account) {
        elsewhere(() -> {
            users.signIn(Role.ADMIN);
            userService.changeRole(account.id(), Role.VIEWER);
        });
    }

    @Test
    void a_reader_whose_role_was_lowered_hears_of_no_further_change_and_is_sent_to_sign_in() {
        UserAccount account = annotatorAccount();
        ClaimWorkspace workspace = openAs(account.username());
        elsewhere(() -> claim("The chief said", chief));
        awaitUi(() -> workspace.shownClaims().size() == 1);
        pendingJs();

        demote(account);
        elsewhere(() -> claim("The rival disagreed", chief));

        awaitUi(() -> pendingJs().stream().anyMatch(js -> js.contains("reload")));
        assertThat(workspace.shownClaims()).hasSize(1);
        assertThat(live.present(article.id())).doesNotContain(account.username());
    }

    @Test
    void a_reader_whose_role_was_lowered_is_not_told_who_else_is_reading() {
        UserAccount account = annotatorAccount();
        ClaimWorkspace workspace = openAs(account.username());
        awaitUi(() -> workspace.presence.getText().equals("Only you are reading this article."));
        pendingJs();

        demote(account);
        SecurityContext mine = SecurityContextHolder.getContext();
        users.signIn("reviewer");
        Registration reviewer = live.join(article.id(), UI.getCurrent(), u -> { }, p -> { });
        SecurityContextHolder.setContext(mine);
        try {
            awaitUi(() -> pendingJs().stream().anyMatch(js -> js.contains("reload")));
            assertThat(workspace.presence.getText()).isEqualTo("Only you are reading this article.");
            assertThat(live.present(article.id())).containsExactly("reviewer");
        } finally {
            reviewer.remove();
        }
    }

    @Test
    void readers_joining_while_others_leave_are_never_lost() throws Exception {
        users.signIn("viewer");
        UI ui = UI.getCurrent();
        SecurityContext viewer = SecurityContextHolder.getContext();
        users.signIn("reviewer");
        SecurityContext reviewer = SecurityContextHolder.getContext();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 300; round++) {
                long articleId = -1_000_000L - round; // an article nobody else reads
                CountDownLatch go = new CountDownLatch(1);
                Registration[] stayed = new Registration[1];
                var leaving = threads.submit(new DelegatingSecurityContextRunnable(() -> {
                    await(go);
                    live.join(articleId, ui, u -> { }, p -> { }).remove();
                }, viewer));
                var joining = threads.submit(new DelegatingSecurityContextRunnable(() -> {
                    await(go);
                    stayed[0] = live.join(articleId, ui, u -> { }, p -> { });
                }, reviewer));
                go.countDown();
                leaving.get(10, TimeUnit.SECONDS);
                joining.get(10, TimeUnit.SECONDS);

                assertThat(live.present(articleId)).as("round %d", round).containsExactly("reviewer");
                stayed[0].remove();
            }
        } finally {
            threads.shutdownNow();
            TestUsers.signOut();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
