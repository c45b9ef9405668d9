package org.claimdesk.articles;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Articles stored before near-duplicates were checked get their match hash from migration 6.1. */
@ClaimdeskTest
class ArticleMatchHashesTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired ArticleService articles;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    long insertAsBefore(String title, String body) {
        jdbc.update("insert into article (title, outlet, language, body, content_hash, created_by, created_at, version)"
                + " values (?, 'Old Wire', 'en', ?, ?, 'annotator', ?, 0)", title, body, ArticleText.sha256(body),
                OffsetDateTime.now());
        return jdbc.queryForObject("select id from article where title = ?", Long.class, title);
    }

    String matchHashOf(long id) {
        return jdbc.queryForObject("select match_hash from article where id = ?", String.class, id);
    }

    @Test
    void articles_stored_before_get_their_match_hash_and_the_older_of_two_near_duplicates_keeps_it() throws Exception {
        String id = UUID.randomUUID().toString();
        long older = insertAsBefore("Older " + id, "Story " + id + ".\nEnd.");
        long copy = insertAsBefore("Copy " + id, "Story " + id + ".\n\nEnd.\n");

        try (Connection connection = dataSource.getConnection()) {
            ArticleMatchHashes.fill(connection);
            ArticleMatchHashes.fill(connection); // a second run changes nothing
        }

        assertThat(matchHashOf(older)).isEqualTo(ArticleText.matchHash("Story " + id + ".\nEnd."));
        assertThat(matchHashOf(copy)).isNull();
        users.signIn(Role.ANNOTATOR);
        assertThatThrownBy(() -> articles.create(new NewArticle("Third", "Wire", null, null, null, "en",
                "Story " + id + ".  \nEnd.")))
                .isInstanceOfSatisfying(DuplicateArticleException.class, e -> assertThat(e.existingId()).isEqualTo(older));
    }
}
