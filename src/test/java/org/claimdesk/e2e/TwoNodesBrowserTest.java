package org.claimdesk.e2e;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.claimdesk.TestDatabase;
import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.AppPage;
import org.claimdesk.e2e.pages.ClaimReaderPage;
import org.claimdesk.e2e.pages.LoginPage;
import org.claimdesk.e2e.pages.SearchPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Two Claimdesk nodes on one PostgreSQL, each with its own browser: what happens through node A reaches the
 * people on node B without a reload and into node B's own search index, and an account changed on A is signed out
 * on B at its next request.
 * Needs the PostgreSQL server for tests (CLAIMDESK_TEST_PG_URL); CI always has one.
 */
class TwoNodesBrowserTest {

    static final String QUOTE = "a spokesman for the company told Techcrunch";

    static TwoNodes nodes;
    static TwoNodes.Node a;
    static TwoNodes.Node b;
    static TestDatabase.Settings database;
    static WebDriver onA;
    static WebDriver onB;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        boolean required = "true".equals(System.getenv("CLAIMDESK_REQUIRE_POSTGRES"));
        if (!required) {
            assumeThat(TestDatabase.postgresAvailable()).as("a PostgreSQL server for tests (CLAIMDESK_TEST_PG_URL)")
                    .isTrue();
        }
        database = TestDatabase.freshPostgres("two_nodes");
        nodes = new TwoNodes(database);
        a = nodes.start("node-a");
        b = nodes.start("node-b");
        onA = BrowserTest.newBrowser(new Dimension(1280, 800));
        onB = BrowserTest.newBrowser(new Dimension(1280, 800));
    }

    @AfterAll
    static void stopTwoNodes() {
        for (WebDriver driver : new WebDriver[] {onA, onB}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void a_claim_saved_on_node_a_appears_on_node_b_and_a_role_changed_on_a_signs_the_user_out_on_b()
            throws Exception {
        long article = demoArticleId();
        LoginPage.open(onB, b.url("/login")).signIn("viewer", TestUsers.DEMO_PASSWORD);
        ClaimReaderPage watching = ClaimReaderPage.open(onB, b.url("/articles/" + article));
        int before = watching.claimCount();

        LoginPage.open(onA, a.url("/login")).signIn("annotator", TestUsers.DEMO_PASSWORD);
        ClaimReaderPage writing = ClaimReaderPage.open(onA, a.url("/articles/" + article));
        assertThat(watching.presence()).as("presence is per node").isEqualTo("Only you are reading this article.");
        writing.selectWithMouse(QUOTE).pressCreateShortcut().saveClaim();
        writing.waitForText((before + 1) + " claims");
        long saved = System.nanoTime();

        watching.waitForText((before + 1) + " claims");
        long arrived = System.nanoTime();
        assertThat(watching.markedClaimIds()).hasSize(before + 1);
        assertThat(watching.listedClaims()).anySatisfy(row -> assertThat(row).contains(QUOTE));
        System.out.printf("[two nodes] node B showed node A's claim %d ms after A showed it%n",
                (arrived - saved) / 1_000_000);

        // Node B's own index caught up with node A's change through the shared change feed.
        SearchPage searching = SearchPage.open(onB, b.url("/search?q=" + java.net.URLEncoder.encode("\"" + QUOTE + "\"",
                java.nio.charset.StandardCharsets.UTF_8)));
        searching.awaitResultsFor("\"" + QUOTE + "\"");
        assertThat(searching.quotes()).containsExactly(QUOTE);

        AppPage admin = writing.signOut().signIn("admin", TestUsers.DEMO_PASSWORD);
        onA.get(a.url("/admin/users"));
        admin.waitForText("Ada Admin");
        admin.changeRole("viewer", "Annotator");

        searching.clickSearchAgain();
        assertThat(LoginPage.expectRedirect(onB).showsEmptySignInForm()).isTrue();
        assertThat(LoginPage.open(onB, b.url("/login")).signIn("viewer", TestUsers.DEMO_PASSWORD).currentRole())
                .isEqualTo("Annotator");
    }

    @Test
    void while_the_database_is_down_a_save_says_it_was_not_saved_and_once_it_is_back_the_same_form_saves() throws Exception {
        long article = demoArticleId();
        LoginPage.open(onA, a.url("/login")).signIn("editor", TestUsers.DEMO_PASSWORD);
        ClaimReaderPage reader = ClaimReaderPage.open(onA, a.url("/articles/" + article));
        int before = reader.claimCount();
        reader.selectWithMouse("the position of Meta on Open Source Ai").pressCreateShortcut();

        TestDatabase.controlServer("stop");
        try {
            reader.saveClaim();
            assertThat(reader.waitForText("The database is not reachable")).contains("your change was not saved");
            assertThat(reader.pendingText()).as("the form is kept").isEqualTo("the position of Meta on Open Source Ai");
        } finally {
            TestDatabase.controlServer("start");
        }

        reader.saveClaim();
        reader.waitForText((before + 1) + " claims");
        assertThat(reader.listedClaims()).anySatisfy(row -> assertThat(row).contains("the position of Meta"));
    }

    static long demoArticleId() throws Exception {
        try (Connection db = DriverManager.getConnection(database.url(), database.username(), database.password());
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("select id from article where outlet = 'TechCrunch' order by id")) {
            assertThat(row.next()).as("the demo article").isTrue();
            return row.getLong(1);
        }
    }
}
