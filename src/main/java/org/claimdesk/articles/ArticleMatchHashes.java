package org.claimdesk.articles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.claimdesk.base.JdbcMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 6.1: fills {@code article.match_hash} (added by V6) for articles stored before it. The hash
 * is computed in Java ({@link ArticleText#matchHash}), which no SQL dialect can do, over plain JDBC so
 * that it runs on H2 and PostgreSQL. Articles are taken in the order they were added: when two stored
 * articles are already near-duplicates of each other, the older one gets the hash (new copies are
 * refused as its duplicates) and the later one keeps NULL.
 */
@Component
class ArticleMatchHashes extends JdbcMigration {

    private static final int BATCH = 200;

    ArticleMatchHashes() {
        super("6.1", "article match hash backfill");
    }

    @Override
    protected void migrate(Connection connection) throws Exception {
        fill(connection);
    }

    /** Fills every NULL match hash that no other article holds yet. */
    static void fill(Connection connection) throws Exception {
        Set<String> taken = new HashSet<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select match_hash from article where match_hash is not null")) {
            while (rows.next()) {
                taken.add(rows.getString(1));
            }
        }
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("update article set match_hash = ? where id = ?")) {
            // Bodies are up to 1 MB each: let PostgreSQL stream them instead of loading every row at once.
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery("select id, body from article where match_hash is null order by id")) {
                while (rows.next()) {
                    String hash = ArticleText.matchHash(rows.getString(2));
                    if (taken.add(hash)) {
                        update.setString(1, hash);
                        update.setLong(2, rows.getLong(1));
                        update.addBatch();
                        if (++pending % BATCH == 0) {
                            update.executeBatch();
                        }
                    }
                }
            }
            update.executeBatch();
        }
    }
}
