package org.claimdesk.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many claims written straight into the tables (the services would take far longer), by an author of their own so
 * that {@link #remove} takes them out again and later tests find the database as before. Not in the search index.
 */
final class GeneratedClaims {

    static final String AUTHOR = "generated-claims";

    private GeneratedClaims() {
    }

    /** Writes {@code articles} articles of {@code perArticle} claims each, every third claim with two tags. */
    static void write(DataSource dataSource, int articles, int perArticle) throws Exception {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement article = db.prepareStatement("insert into article (title, outlet, url, published_on,"
                    + " language, body, content_hash, match_hash, search_key, created_by, created_at, version)"
                    + " values (?, 'Generated', null, null, 'en', ?, ?, ?, ?, ?, ?, 0)", new String[] {"id"});
                    PreparedStatement claim = db.prepareStatement("insert into claim (article_id, start_offset,"
                            + " end_offset, quote, prefix, suffix, speaker_id, attribution, certainty, confidence,"
                            + " claim_type, note, status, created_by, created_at, updated_by, updated_at, version)"
                            + " values (?, ?, ?, ?, 'before, ', ', after', null, 'PARAPHRASE', 'HEDGED', ?, 'OTHER', ?,"
                            + " 'DRAFT', ?, ?, ?, ?, 0)", new String[] {"id"});
                    PreparedStatement tag = db.prepareStatement("insert into claim_tag (claim_id, tag) values (?, ?)")) {
                for (int a = 0; a < articles; a++) {
                    String hash = AUTHOR + "-" + a + "-" + System.nanoTime();
                    article.setString(1, "Generated article " + a);
                    article.setString(2, "Generated text " + a);
                    article.setString(3, hash);
                    article.setString(4, hash);
                    article.setString(5, "generated article " + a);
                    article.setString(6, AUTHOR);
                    article.setTimestamp(7, Timestamp.from(at));
                    article.executeUpdate();
                    long articleId;
                    try (var keys = article.getGeneratedKeys()) {
                        keys.next();
                        articleId = keys.getLong(1);
                    }
                    for (int c = 0; c < perArticle; c++) {
                        String quote = "Claim " + c + " of article " + a + ": \"the model, it said, is ready\" 👩‍🔬";
                        claim.setLong(1, articleId);
                        claim.setInt(2, c * 100);
                        claim.setInt(3, c * 100 + 50);
                        claim.setString(4, quote);
                        claim.setInt(5, c % 101);
                        claim.setString(6, c % 2 == 0 ? "=checked, " + c : null);
                        claim.setString(7, AUTHOR);
                        claim.setTimestamp(8, Timestamp.from(at.plusSeconds(c)));
                        claim.setString(9, AUTHOR);
                        claim.setTimestamp(10, Timestamp.from(at.plusSeconds(c)));
                        claim.addBatch();
                    }
                    claim.executeBatch();
                    try (var keys = claim.getGeneratedKeys()) {
                        while (keys.next()) {
                            long id = keys.getLong(1);
                            if (id % 3 == 0) {
                                tag.setLong(1, id);
                                tag.setString(2, "tag;" + (id % 7));
                                tag.addBatch();
                                tag.setLong(1, id);
                                tag.setString(2, "second");
                                tag.addBatch();
                            }
                        }
                    }
                    tag.executeBatch();
                    db.commit();
                }
            }
        }
    }

    static void remove(JdbcTemplate jdbc) {
        jdbc.update("delete from claim_tag where claim_id in (select id from claim where created_by = ?)", AUTHOR);
        jdbc.update("delete from claim where created_by = ?", AUTHOR);
        jdbc.update("delete from article where created_by = ?", AUTHOR);
    }
}
