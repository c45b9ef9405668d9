package org.claimdesk.claims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.JdbcMigration;
import org.claimdesk.base.SearchKeys;
import org.springframework.stereotype.Component;

/**
 * Migration 6.2: recomputes every speaker's search key with ICU folding, so that speakers stored before
 * it ("Lech Wałęsa" kept as "lech wałesa") are found by "walesa" too. The key is derived from the names
 * with {@link SearchKeys}, which only Java knows, so this is a Java migration; plain JDBC keeps it
 * portable (H2, PostgreSQL). A later change of the folding needs another such migration.
 */
@Component
class SpeakerSearchKeys extends JdbcMigration {

    private static final int BATCH = 500;

    SpeakerSearchKeys() {
        super("6.2", "speaker search key icu folding");
    }

    @Override
    protected void migrate(Connection connection) throws Exception {
        refresh(connection);
    }

    static void refresh(Connection connection) throws Exception {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        try (Statement select = connection.createStatement()) {
            try (ResultSet rows = select.executeQuery("select id, name from speaker order by id")) {
                while (rows.next()) {
                    names.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            try (ResultSet rows = select.executeQuery("select speaker_id, alias from speaker_alias")) {
                while (rows.next()) {
                    List<String> speaker = names.get(rows.getLong(1));
                    if (speaker != null) {
                        speaker.add(rows.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update speaker set search_key = ? where id = ?")) {
            int pending = 0;
            for (Map.Entry<Long, List<String>> speaker : names.entrySet()) {
                update.setString(1, SearchKeys.of(speaker.getValue(), StoredSpeaker.MAX_SEARCH_KEY));
                update.setLong(2, speaker.getKey());
                update.addBatch();
                if (++pending % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
