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

/** Articles stored before V7 get their search key from migration 7.1, and the list's filter then finds them. */
@ClaimdeskTest
class ArticleSearchKeysTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired ArticleService articles;
    @Autowired ArticleSearchKeys migration;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void articles_stored_before_get_a_folded_search_key_and_are_found_by_the_filter() throws Exception {
        String marker = "Zk" + UUID.randomUUID().toString().substring(0, 8);
        String body = "Story " + marker + ".";
        jdbc.update("insert into article (title, outlet, language, body, content_hash, created_by, created_at, version)"
                + " values (?, 'Le Café', 'fr', ?, ?, 'annotator', ?, 0)", "Crème brûlée " + marker, body,
                ArticleText.sha256(body), OffsetDateTime.now());
        users.signIn(Role.VIEWER);
        assertThat(articles.count(marker)).as("no key yet").isZero();

        try (Connection connection = dataSource.getConnection()) {
            migration.fill(connection);
        }

        assertThat(articles.count("creme brulee " + marker)).isEqualTo(1);
        assertThat(articles.count("le cafe")).isPositive();
    }
}
