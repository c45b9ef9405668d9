package org.claimdesk.claims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Migration 6.2: recomputes every speaker's search key with ICU folding, so that speakers stored before
 * it ("Lech Wałęsa" kept as "lech wałesa") are found by "walesa" too. The key is derived from the names
 * with {@link SpeakerNames}, which only Java knows, so this is a Java migration; plain JDBC keeps it
 * portable (H2, PostgreSQL). A later change of the folding needs another such migration.
 */
@Component
class SpeakerSearchKeys implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6.2");
    }

    @Override
    public String getDescription() {
        return "speaker search key icu folding";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        refresh(context.getConnection());
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
                update.setString(1, SpeakerNames.searchKey(speaker.getValue()));
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
