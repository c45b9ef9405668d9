package org.claimdesk.export.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportLogEntry;
import org.claimdesk.export.ExportLogEntry.Outcome;
import org.claimdesk.export.ExportScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The table {@code export_log}: a row when an export starts, completed when it ends. Each call commits at once. */
@Component
public class ExportLog {

    static final int MAX_DETAIL = 2_000;

    private final JdbcTemplate jdbc;

    ExportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an export that starts now; returns its id for {@link #finished}. */
    public long started(String user, ExportScope scope, String detail, ExportFormat format) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String shortDetail = detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into export_log (exported_by, started_at, scope, detail,"
                    + " format, outcome) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, user);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setString(3, scope.name());
            insert.setString(4, shortDetail);
            insert.setString(5, format.name());
            insert.setString(6, Outcome.RUNNING.name());
            return insert;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    public void finished(long id, Outcome outcome, long rows) {
        jdbc.update("update export_log set outcome = ?, row_count = ?, finished_at = ? where id = ?", outcome.name(),
                rows, Timestamp.from(Instant.now()), id);
    }

    /** Newest first. */
    public List<ExportLogEntry> page(int offset, int limit) {
        return jdbc.query("select id, exported_by, started_at, scope, detail, format, outcome, row_count, finished_at"
                + " from export_log order by started_at desc, id desc limit ? offset ?", (rs, n) -> entry(rs), limit,
                offset);
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from export_log", Long.class);
        return count == null ? 0 : count;
    }

    private static ExportLogEntry entry(ResultSet rs) throws SQLException {
        long rows = rs.getLong(8);
        Long rowCount = rs.wasNull() ? null : rows;
        OffsetDateTime finished = rs.getObject(9, OffsetDateTime.class);
        return new ExportLogEntry(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                ExportScope.valueOf(rs.getString(4)), rs.getString(5), ExportFormat.valueOf(rs.getString(6)),
                Outcome.valueOf(rs.getString(7)), rowCount, finished == null ? null : finished.toInstant());
    }
}
