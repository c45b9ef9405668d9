package org.claimdesk.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java migration that fills a table's {@code search_key} column from some of its text columns with
 * {@link SearchKeys}, which no SQL dialect can compute. Plain JDBC, so it runs on H2 and PostgreSQL alike.
 * Features declare one per table as a Spring bean; Flyway runs it after the SQL migration that adds the column.
 */
public abstract class SearchKeyBackfill extends JdbcMigration {

    private static final int BATCH = 500;

    private final String table;
    private final List<String> columns;
    private final int maxChars;

    protected SearchKeyBackfill(String version, String table, List<String> columns, int maxChars) {
        super(version, table + " search key backfill");
        this.table = table;
        this.columns = List.copyOf(columns);
        this.maxChars = maxChars;
    }

    @Override
    protected void migrate(Connection connection) throws Exception {
        fill(connection);
    }

    /** Recomputes the key of every row. */
    public void fill(Connection connection) throws Exception {
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set search_key = ? where id = ?")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery(
                    "select id, " + String.join(", ", columns) + " from " + table + " order by id")) {
                while (rows.next()) {
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        String text = rows.getString(i + 2);
                        if (text != null) {
                            texts.add(text);
                        }
                    }
                    update.setString(1, SearchKeys.of(texts, maxChars));
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                    if (++pending % BATCH == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }
}
