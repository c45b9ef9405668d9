package org.claimdesk.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads claims in bulk over plain JDBC: a page of claims, then their tags, speakers and aliases in one statement
 * each. For {@link ClaimRecords}, whose callers (the search index's rebuild, exports) read every claim there is;
 * about ten times faster than loading the entities, and it keeps no persistence context.
 */
@Component
class ClaimRows {

    private static final String COLUMNS = "select c.id, c.article_id, c.start_offset, c.end_offset, c.quote, c.prefix,"
            + " c.suffix, c.speaker_id, c.attribution, c.certainty, c.confidence, c.claim_type, c.note, c.status,"
            + " c.created_by, c.created_at, c.updated_by, c.updated_at, c.version,"
            + " c.submitted_at, c.reviewed_by, c.reviewed_at, c.review_reason, c.review_comment from claim c";

    private final NamedParameterJdbcTemplate jdbc;

    ClaimRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims with ids above {@code afterId}, in id order, at most {@code limit}. */
    List<Claim> after(long afterId, int limit) {
        return read(COLUMNS + " where c.id > :after order by c.id limit :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit));
    }

    /** Claims on the article with ids above {@code afterId}, in id order, at most {@code limit}. */
    List<Claim> afterInArticle(long articleId, long afterId, int limit) {
        return read(COLUMNS + " where c.article_id = :article and c.id > :after order by c.id limit :limit",
                new MapSqlParameterSource("article", articleId).addValue("after", afterId).addValue("limit", limit));
    }

    List<Claim> byIds(Collection<Long> ids) {
        return read(COLUMNS + " where c.id in (:ids) order by c.id", new MapSqlParameterSource("ids", ids));
    }

    private record Row(long id, long articleId, TextAnchor anchor, @Nullable Long speakerId, Attribution attribution,
            SpeakerCertainty certainty, int confidence, ClaimType type, @Nullable String note, ClaimStatus status,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version,
            @Nullable Instant submittedAt, @Nullable ClaimReview review) {
    }

    private List<Claim> read(String sql, MapSqlParameterSource parameters) {
        List<Row> rows = jdbc.query(sql, parameters, (rs, n) -> row(rs));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tags = tags(rows);
        Map<Long, Speaker> speakers = speakers(rows);
        List<Claim> claims = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<String> sorted = new ArrayList<>(tags.getOrDefault(r.id(), List.of()));
            sorted.sort(String.CASE_INSENSITIVE_ORDER);
            claims.add(new Claim(r.id(), r.articleId(), r.anchor(), r.speakerId() == null ? null : speakers.get(r.speakerId()),
                    r.attribution(), r.certainty(), r.confidence(), r.type(), List.copyOf(sorted), r.note(), r.status(),
                    r.createdBy(), r.createdAt(), r.updatedBy(), r.updatedAt(), r.version(), r.submittedAt(), r.review()));
        }
        return claims;
    }

    private static Row row(ResultSet rs) throws SQLException {
        long speaker = rs.getLong(8);
        Long speakerId = rs.wasNull() ? null : speaker;
        return new Row(rs.getLong(1), rs.getLong(2), new TextAnchor(rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7)), speakerId, Attribution.valueOf(rs.getString(9)),
                SpeakerCertainty.valueOf(rs.getString(10)), rs.getInt(11), ClaimType.valueOf(rs.getString(12)),
                rs.getString(13), ClaimStatus.valueOf(rs.getString(14)), rs.getString(15), instant(rs, 16),
                rs.getString(17), instant(rs, 18), rs.getLong(19), optionalInstant(rs, 20), review(rs));
    }

    private static @Nullable ClaimReview review(ResultSet rs) throws SQLException {
        String by = rs.getString(21);
        Instant at = optionalInstant(rs, 22);
        if (by == null || at == null) {
            return null;
        }
        String reason = rs.getString(23);
        return new ClaimReview(by, at, reason == null ? null : ReviewReason.valueOf(reason), rs.getString(24));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant optionalInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /**
     * The tags of the rows: for a page in id order by the range of its ids (an index range scan on every database;
     * a long IN list is not one on H2), keeping those of the page's claims.
     */
    private Map<Long, List<String>> tags(List<Row> rows) {
        Map<Long, List<String>> tags = new HashMap<>();
        java.util.Set<Long> ids = new java.util.HashSet<>(rows.stream().map(Row::id).toList());
        long first = rows.getFirst().id();
        long last = rows.getLast().id();
        boolean dense = last - first < 4L * rows.size();
        String sql = dense ? "select claim_id, tag from claim_tag where claim_id between :first and :last"
                : "select claim_id, tag from claim_tag where claim_id in (:ids)";
        jdbc.query(sql, new MapSqlParameterSource("first", first).addValue("last", last).addValue("ids", ids),
                rs -> {
                    if (ids.contains(rs.getLong(1))) {
                        tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                    }
                });
        return tags;
    }

    private Map<Long, Speaker> speakers(List<Row> rows) {
        List<Long> ids = rows.stream().map(Row::speakerId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> aliases = new HashMap<>();
        jdbc.query("select speaker_id, alias from speaker_alias where speaker_id in (:ids)",
                new MapSqlParameterSource("ids", ids),
                rs -> {
                    aliases.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Speaker> speakers = new LinkedHashMap<>();
        jdbc.query("select id, name, kind, role_title, organisation, same_as, version from speaker where id in (:ids)",
                new MapSqlParameterSource("ids", ids),
                rs -> {
                    long id = rs.getLong(1);
                    speakers.put(id, new Speaker(id, rs.getString(2), List.copyOf(aliases.getOrDefault(id, List.of())),
                            SpeakerKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getLong(7)));
                });
        return speakers;
    }
}
