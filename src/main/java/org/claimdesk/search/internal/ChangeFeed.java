package org.claimdesk.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.claimdesk.articles.ArticleUpdated;
import org.claimdesk.claims.ClaimDeleted;
import org.claimdesk.claims.ClaimSaved;
import org.claimdesk.claims.SpeakerUpdated;
import org.claimdesk.claims.SpeakersMerged;
import org.claimdesk.cluster.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The index's durable change feed (table {@code search_change}). Each change to a claim, a speaker or an article
 * is written as a row in the transaction that makes it, while the event about it is published: a rolled-back
 * change never appears, a committed one is never lost, also across a crash. After the commit every node is woken
 * through {@link Notifications}, and each node's indexer reads the rows after its cursor.
 */
@Component
class ChangeFeed {

    static final String WAKE_UP = "claimdesk_search";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    enum Kind { CLAIM, SPEAKER, ARTICLE }

    /** One row: something changed; the indexer re-reads its current state. */
    record Change(long seq, Kind kind, long refId, Instant changedAt) {
    }

    /** The rows after a cursor, and the database's clock when they were read. */
    record Batch(List<Change> changes, Instant now) {
    }

    private final JdbcTemplate jdbc;
    private final Notifications notifications;

    ChangeFeed(JdbcTemplate jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    @EventListener
    void on(ClaimSaved event) {
        record(Kind.CLAIM, event.claimId());
    }

    @EventListener
    void on(ClaimDeleted event) {
        record(Kind.CLAIM, event.claimId());
    }

    @EventListener
    void on(SpeakerUpdated event) {
        record(Kind.SPEAKER, event.speakerId());
    }

    @EventListener
    void on(SpeakersMerged event) {
        record(Kind.SPEAKER, event.survivorId());
    }

    @EventListener
    void on(ArticleUpdated event) {
        record(Kind.ARTICLE, event.articleId());
    }

    /**
     * Writes the row in the publishing transaction. An event published outside one was not made here: it arrived
     * from another node (whose own feed row is already in the database), so it is not written twice.
     */
    void record(Kind kind, long refId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            LOG.debug("{} {} changed outside a transaction here: already in the feed", kind, refId);
            return;
        }
        jdbc.update("insert into search_change (kind, ref_id) values (?, ?)", kind.name(), refId);
        notifications.send(WAKE_UP, "");
    }

    /** Up to {@code limit} rows after {@code seq}, in order. */
    Batch after(long seq, int limit) {
        List<Change> changes = jdbc.query("select seq, kind, ref_id, changed_at from search_change where seq > ?"
                        + " order by seq limit ?",
                (row, n) -> new Change(row.getLong(1), Kind.valueOf(row.getString(2)), row.getLong(3),
                        row.getObject(4, java.time.OffsetDateTime.class).toInstant()), seq, limit);
        return new Batch(changes, now());
    }

    /** The highest row number so far (0 when there is none). */
    long last() {
        Long last = jdbc.queryForObject("select max(seq) from search_change", Long.class);
        return last == null ? 0 : last;
    }

    /** The lowest row number still kept (0 when there is none). */
    long first() {
        Long first = jdbc.queryForObject("select min(seq) from search_change", Long.class);
        return first == null ? 0 : first;
    }

    /** Removes rows older than {@code keep}: an index further behind than that is rebuilt instead. */
    int prune(Duration keep) {
        return jdbc.update("delete from search_change where changed_at < ?",
                java.time.OffsetDateTime.ofInstant(now().minus(keep), java.time.ZoneOffset.UTC));
    }

    Instant now() {
        return jdbc.queryForObject("select current_timestamp", java.time.OffsetDateTime.class).toInstant();
    }
}
