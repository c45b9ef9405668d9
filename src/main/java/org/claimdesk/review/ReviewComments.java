package org.claimdesk.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The comment threads, over plain JDBC. */
@Repository
class ReviewComments {

    private final JdbcTemplate jdbc;

    ReviewComments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ReviewComment> of(long claimId) {
        return jdbc.query("select id, claim_id, author, body, created_at from review_comment where claim_id = ?"
                + " order by id", (rs, n) -> new ReviewComment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()), claimId);
    }

    ReviewComment add(long claimId, long articleId, String author, String body) {
        Instant at = Instant.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into review_comment (claim_id, article_id, author, body,"
                    + " created_at) values (?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, claimId);
            insert.setLong(2, articleId);
            insert.setString(3, author);
            insert.setString(4, body);
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            return insert;
        }, key);
        return new ReviewComment(Objects.requireNonNull(key.getKey()).longValue(), claimId, author, body, at);
    }
}
