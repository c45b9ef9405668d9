package org.claimdesk.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads the history that {@link ClaimHistory} appends: a claim's entries, one entry's snapshot, deleted claims. */
@Component
class ClaimChanges {

    private static final String COLUMNS = "select id, claim_id, article_id, claim_version, kind, changed_by,"
            + " changed_at, reason_code, reason, quote from claim_change";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    ClaimChanges(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The claim's history, oldest first. */
    List<ClaimChange> of(long claimId) {
        return read(COLUMNS + " where claim_id = :claim order by id", new MapSqlParameterSource("claim", claimId));
    }

    /** The deletions of claims on the article, latest first. */
    List<ClaimChange> deletedOn(long articleId) {
        return read(COLUMNS + " where article_id = :article and kind = 'DELETED' order by id desc",
                new MapSqlParameterSource("article", articleId));
    }

    /** A version of a claim: its number (the claim's version then), when it was made and its fields. */
    record Version(long number, Instant at, ClaimSnapshot snapshot) {
    }

    /** The claim as entry {@code changeId} of its history left it. */
    Optional<Version> version(long claimId, long changeId) {
        return jdbc.query("select claim_version, changed_at, snapshot from claim_change where id = :change"
                        + " and claim_id = :claim and kind <> 'DELETED'",
                new MapSqlParameterSource("change", changeId).addValue("claim", claimId),
                (rs, n) -> new Version(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        json.readValue(rs.getString(3), ClaimSnapshot.class))).stream().findFirst();
    }

    private List<ClaimChange> read(String sql, MapSqlParameterSource parameters) {
        List<ClaimChange> changes = jdbc.query(sql, parameters, (rs, n) -> change(rs, List.of()));
        if (changes.isEmpty()) {
            return changes;
        }
        Map<Long, List<ClaimChange.FieldChange>> fields = new HashMap<>();
        jdbc.query("select change_id, field, old_value, new_value from claim_change_field where change_id in (:ids)"
                        + " order by change_id, position",
                new MapSqlParameterSource("ids", changes.stream().map(ClaimChange::id).toList()),
                rs -> {
                    fields.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new ClaimChange.FieldChange(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return changes.stream().map(c -> new ClaimChange(c.id(), c.claimId(), c.articleId(), c.claimVersion(), c.kind(),
                c.by(), c.at(), c.reasonCode(), c.reason(), c.quote(), List.copyOf(fields.getOrDefault(c.id(), List.of()))))
                .toList();
    }

    private static ClaimChange change(ResultSet rs, List<ClaimChange.FieldChange> fields) throws SQLException {
        String code = rs.getString(8);
        return new ClaimChange(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                ClaimChangeKind.valueOf(rs.getString(5)), rs.getString(6),
                rs.getObject(7, OffsetDateTime.class).toInstant(), code == null ? null : ReviewReason.valueOf(code),
                rs.getString(9), rs.getString(10), fields);
    }
}
