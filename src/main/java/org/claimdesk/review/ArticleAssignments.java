package org.claimdesk.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The assignment rows, over plain JDBC. */
@Repository
class ArticleAssignments {

    private final JdbcTemplate jdbc;

    ArticleAssignments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean add(long articleId, String username, AssignedAs as, String by) {
        if (has(articleId, username, as)) {
            return false;
        }
        jdbc.update("insert into article_assignment (article_id, username, assigned_as, assigned_by, assigned_at)"
                + " values (?, ?, ?, ?, ?)", articleId, username, as.name(), by,
                OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        return true;
    }

    boolean remove(long articleId, String username, AssignedAs as) {
        return jdbc.update("delete from article_assignment where article_id = ? and username = ? and assigned_as = ?",
                articleId, username, as.name()) > 0;
    }

    boolean has(long articleId, String username, AssignedAs as) {
        return !jdbc.queryForList("select 1 from article_assignment where article_id = ? and username = ?"
                + " and assigned_as = ?", Integer.class, articleId, username, as.name()).isEmpty();
    }

    List<String> people(long articleId, AssignedAs as) {
        return jdbc.queryForList("select username from article_assignment where article_id = ? and assigned_as = ?"
                + " order by username", String.class, articleId, as.name());
    }

    List<Long> articles(String username, AssignedAs as) {
        return jdbc.queryForList("select article_id from article_assignment where username = ? and assigned_as = ?"
                + " order by article_id", Long.class, username, as.name());
    }
}
