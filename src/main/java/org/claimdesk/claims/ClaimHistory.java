package org.claimdesk.claims;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the history of claims, in the transaction of the change it records. The only code that writes the
 * history tables, and it only ever inserts: an entry, once written, is never changed or removed (a test checks
 * that no statement in Claimdesk updates or deletes them). Reading is {@link ClaimChanges}.
 */
@Component
class ClaimHistory {

    private static final String INSERT_CHANGE = "insert into claim_change (claim_id, article_id, claim_version, kind,"
            + " changed_by, changed_at, reason_code, reason, quote, snapshot) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FIELD = "insert into claim_change_field (change_id, position, field, old_value,"
            + " new_value) values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ClaimHistory(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A claim was created, changed, moved through review or restored: {@code before} is null for a new claim. */
    void record(ClaimChangeKind kind, @Nullable Claim before, Claim after, String by, @Nullable ReviewReason reasonCode,
            @Nullable String reason) {
        ClaimSnapshot now = ClaimSnapshot.of(after);
        long change = insert(after, after.version(), kind, by, reasonCode, reason, now);
        Map<String, @Nullable String> old = before == null ? Map.of() : ClaimSnapshot.of(before).shown();
        List<Object[]> fields = new ArrayList<>();
        for (var field : now.shown().entrySet()) {
            String was = old.get(field.getKey());
            if (!Objects.equals(was, field.getValue())) {
                fields.add(new Object[] {change, fields.size(), field.getKey(), was, field.getValue()});
            }
        }
        jdbc.batchUpdate(INSERT_FIELD, fields, new int[] {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR});
    }

    /** A claim was deleted; its history stays, ending with this entry. */
    void deleted(Claim last, String by) {
        insert(last, last.version(), ClaimChangeKind.DELETED, by, null, null, ClaimSnapshot.of(last));
    }

    private long insert(Claim claim, long version, ClaimChangeKind kind, String by, @Nullable ReviewReason reasonCode,
            @Nullable String reason, ClaimSnapshot snapshot) {
        String body = json.writeValueAsString(snapshot);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE, new String[] {"id"});
            insert.setLong(1, claim.id());
            insert.setLong(2, claim.articleId());
            insert.setLong(3, version);
            insert.setString(4, kind.name());
            insert.setString(5, by);
            insert.setObject(6, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            insert.setString(7, reasonCode == null ? null : reasonCode.name());
            insert.setString(8, reason);
            insert.setString(9, claim.anchor().quote());
            insert.setString(10, body);
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey(), "generated id").longValue();
    }
}
