package org.claimdesk.base;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestDatabase;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The PostgreSQL server stops while Claimdesk runs: a save is refused with a message that says so and that
 * nothing was saved, nothing is half-written, and once the server is back Claimdesk works again by itself.
 * Runs in the PostgreSQL run, which can stop and start its server (CLAIMDESK_TEST_PG_CONTROL).
 */
@ClaimdeskTest
class DatabaseOutageTest {

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SearchService search;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void while_postgresql_is_stopped_saves_are_refused_with_a_clear_message_and_afterwards_everything_works() {
        assumeThat(TestDatabase.postgres()).as("the PostgreSQL run").isTrue();
        users.signIn(Role.ANNOTATOR);
        String text = "The lab said the model is ready. " + UUID.randomUUID();
        Article article = articles.create(new NewArticle("Outage " + UUID.randomUUID(), "Wire", null, null, null, "en",
                text));
        NewClaim claim = new NewClaim(article.id(), 0, 7, "The lab", new ClaimFields(null, Attribution.PARAPHRASE,
                SpeakerCertainty.ASSERTED, 60, ClaimType.CAPABILITY, List.of(), null));

        TestDatabase.controlServer("stop");
        try {
            assertThatThrownBy(() -> claims.create(claim))
                    .satisfies(e -> assertThat(DatabaseFailures.unreachable(e)).as("seen as unreachable: %s", chain(e)).isTrue());
        } finally {
            TestDatabase.controlServer("start");
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).pollInSameThread().ignoreExceptions()
                .until(() -> claims.forArticle(article.id()) != null);
        assertThat(claims.forArticle(article.id())).as("nothing half-written").isEmpty();
        assertThat(claims.create(claim).anchor().quote()).isEqualTo("The lab");
        assertThat(claims.forArticle(article.id())).hasSize(1);
        // The search index's updates resume by themselves too.
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() ->
                search.page(SearchQuery.of("articleid:" + article.id()), null, 5).total() == 1);
    }

    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(" <- ").append(t.getClass().getName()).append(": ").append(t.getMessage())
                    .append(t instanceof java.sql.SQLException sql ? " [" + sql.getSQLState() + "]" : "");
            for (Throwable s : t.getSuppressed()) {
                all.append(" (suppressed ").append(chain(s)).append(")");
            }
        }
        return all.toString();
    }
}
