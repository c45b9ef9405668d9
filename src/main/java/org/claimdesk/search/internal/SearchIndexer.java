package org.claimdesk.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.search.IndexStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index true to the database, on a thread of its own (the only one that writes the index):
 * <ul>
 * <li>at start-up it checks the index against the database and rebuilds it when it is missing, unreadable, of an
 *     older schema, behind the changes still kept, or holds another number of claims than the database;</li>
 * <li>then it applies the change feed: woken after each commit (on any node), and at least every second, it reads
 *     the rows after its cursor, re-reads the claims they name and updates or deletes their documents. Replaying a
 *     row does no harm, so the cursor only passes rows that no transaction still in progress can precede (see
 *     {@link #SETTLED});</li>
 * <li>a rebuild re-reads every claim in pages, interleaved with the feed, then drops what it did not rewrite.</li>
 * </ul>
 */
final class SearchIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    /**
     * How old a feed row must be before the cursor passes it. Transactions last at most 30 s
     * ({@code spring.transaction.default-timeout}), so a row that is older than twice that cannot be preceded by
     * a row of a transaction that has not committed yet.
     */
    static final Duration SETTLED = Duration.ofSeconds(120);
    /** Feed rows are kept this long; an index that has been away for longer is rebuilt. */
    static final Duration KEEP = Duration.ofDays(7);
    private static final int FEED_BATCH = 2_000;
    private static final int PAGE = 2_000;
    /** Threads that write pages into the index during a rebuild (the index writer takes documents in parallel). */
    private static final int WRITERS = 2;
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);

    private final ClaimIndex index;
    private final ChangeFeed feed;
    private final ClaimRecords records;
    private final Semaphore wakeUp = new Semaphore(0);
    /** Rows after the cursor already applied (their seq and when they were written). */
    private final TreeMap<Long, Instant> applied = new TreeMap<>();
    private volatile boolean running;
    private volatile boolean rebuildAsked;
    private volatile @Nullable String rebuildReason;
    private volatile boolean rebuilding;
    private final java.util.concurrent.atomic.AtomicLong rebuildDone = new java.util.concurrent.atomic.AtomicLong();
    private volatile long rebuildTotal;
    private volatile @Nullable String problem;
    private volatile boolean failing;
    private volatile long appliedUpTo;
    private volatile @Nullable Thread thread;
    private long cursor;
    private Instant lastCommit = Instant.EPOCH;
    private Instant lastPrune = Instant.EPOCH;
    private boolean dirty;

    SearchIndexer(ClaimIndex index, ChangeFeed feed, ClaimRecords records) {
        this.index = index;
        this.feed = feed;
        this.records = records;
        this.cursor = index.cursor();
        if (index.needsRebuild() != null) {
            requestRebuild(index.needsRebuild());
        }
    }

    /** Wakes the indexer: something was committed. */
    void wake() {
        wakeUp.release();
    }

    void requestRebuild(String why) {
        rebuildReason = why;
        rebuildAsked = true;
        wake();
    }

    IndexStatus status() {
        return new IndexStatus(index.documents(), rebuilding || rebuildAsked, rebuildDone.get(), rebuildTotal, problem);
    }

    /** The highest feed row applied to the index so far (not necessarily committed). */
    long appliedUpTo() {
        return appliedUpTo;
    }

    void start() {
        running = true;
        Thread t = new Thread(this::run, "claimdesk-search-indexer");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /**
     * Stops applying changes (they stay in the feed) and commits what was applied. The thread is woken, never
     * interrupted: an interrupt during Lucene's file access closes the index writer.
     */
    void stop() {
        running = false;
        wake();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    boolean isRunning() {
        return running;
    }

    /**
     * The indexer's loop. A failure (the database unreachable, say) does not end it: it is logged, shown in the
     * status, and the work is tried again after a pause that grows to half a minute; nothing is lost meanwhile,
     * because the changes wait in the feed.
     */
    private void run() {
        boolean reconciled = false;
        Duration pause = Duration.ofSeconds(1);
        try {
            while (running) {
                try {
                    if (!reconciled) {
                        reconcile();
                        reconciled = true;
                    }
                    if (rebuildAsked) {
                        rebuild();
                    }
                    applyFeed();
                    housekeeping();
                    if (failing) {
                        failing = false;
                        problem = null;
                        LOG.info("The search index is updating again");
                    }
                    pause = Duration.ofSeconds(1);
                } catch (RuntimeException failed) {
                    if (!running) {
                        break;
                    }
                    if (!failing) {
                        LOG.warn("The search index could not be updated; trying again", failed);
                    }
                    failing = true;
                    problem = "The search index is not updating (" + failed.getMessage() + "); it tries again.";
                    wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                    pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                            : pause.multipliedBy(2);
                    continue;
                }
                wakeUp.tryAcquire(1, TimeUnit.SECONDS);
                wakeUp.drainPermits();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            commitIfDirty(true);
        }
    }

    /** Start-up: catch up with the feed, then compare with the database. */
    private void reconcile() {
        if (rebuildAsked) {
            return;
        }
        long first = feed.first();
        if (first > 0 && cursor < first - 1) {
            requestRebuild("the index is older than the changes still kept (it was away for more than "
                    + KEEP.toDays() + " days)");
            return;
        }
        applyFeed();
        long inIndex = index.documents();
        long inDatabase = records.count();
        if (inIndex != inDatabase) {
            requestRebuild("the index held %,d claims, the database %,d".formatted(inIndex, inDatabase));
        }
    }

    private void rebuild() {
        String why = rebuildReason;
        rebuildAsked = false;
        rebuilding = true;
        problem = why == null ? null : "Rebuilding because " + why + ".";
        Instant started = feed.now();
        LOG.info("Rebuilding the search index from the database{}", why == null ? "" : ": " + why);
        try {
            rebuildTotal = records.count();
            rebuildDone.set(0);
            index.nextGeneration();
            long replayFrom = cursor;
            PageReader pages = new PageReader(records, PAGE);
            pages.start();
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(WRITERS,
                    r -> new Thread(r, "claimdesk-search-rebuild-writer"));
            try {
                List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
                for (List<ClaimRecord> page = pages.next(); page != null && running; page = pages.next()) {
                    List<ClaimRecord> batch = page;
                    pending.add(writers.submit(() -> {
                        batch.forEach(index::upsert);
                        rebuildDone.addAndGet(batch.size());
                    }));
                    if (pending.size() >= WRITERS) {
                        pending.removeFirst().get();
                    }
                    dirty = true;
                    applyFeed(); // changes made meanwhile are searchable during the rebuild too
                }
                for (java.util.concurrent.Future<?> f : pending) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Rebuilding the search index failed", e.getCause());
            } finally {
                pages.stop();
                writers.shutdown();
            }
            // A page read before a change may have been written after the change was applied: apply every change
            // made since the rebuild began once more, from the database as it is now.
            applied.tailMap(replayFrom, false).clear();
            applyFeed();
            if (!running) {
                return;
            }
            index.dropOlderGenerations();
            index.refresh();
            // Everything committed before the rebuild started is in the index now; the cursor may skip the rows
            // that had settled by then.
            cursor = Math.max(cursor, settledBefore(started));
            applied.headMap(cursor, true).clear();
            commitIfDirty(true);
            problem = null;
            LOG.info("Search index rebuilt: {} claims", rebuildDone.get());
        } catch (RuntimeException failed) {
            requestRebuild(why == null ? "a rebuild failed" : why); // tried again once the failure has passed
            throw failed;
        } finally {
            rebuilding = false;
        }
    }

    /** The highest row number written before {@code moment} minus {@link #SETTLED}, from the rows still kept. */
    private long settledBefore(Instant moment) {
        long best = cursor;
        long seq = cursor;
        while (true) {
            ChangeFeed.Batch batch = feed.after(seq, FEED_BATCH);
            for (ChangeFeed.Change change : batch.changes()) {
                if (change.changedAt().isBefore(moment.minus(SETTLED))) {
                    best = change.seq();
                } else {
                    return best;
                }
            }
            if (batch.changes().size() < FEED_BATCH) {
                return best;
            }
            seq = batch.changes().getLast().seq();
        }
    }

    private void applyFeed() {
        while (true) {
            ChangeFeed.Batch batch = feed.after(cursor, FEED_BATCH);
            List<ChangeFeed.Change> fresh = new ArrayList<>();
            for (ChangeFeed.Change change : batch.changes()) {
                if (!applied.containsKey(change.seq())) {
                    fresh.add(change);
                }
            }
            if (!fresh.isEmpty()) {
                apply(fresh);
                fresh.forEach(c -> applied.put(c.seq(), c.changedAt()));
                appliedUpTo = Math.max(appliedUpTo, fresh.getLast().seq());
                dirty = true;
                index.refresh();
            }
            advanceCursor(batch);
            if (batch.changes().size() < FEED_BATCH || fresh.isEmpty()) {
                break;
            }
        }
        commitIfDirty(false);
    }

    private void apply(List<ChangeFeed.Change> changes) {
        Set<Long> claimIds = new LinkedHashSet<>();
        for (ChangeFeed.Change change : changes) {
            switch (change.kind()) {
                case CLAIM -> claimIds.add(change.refId());
                case SPEAKER -> claimIds.addAll(records.idsOfSpeaker(change.refId()));
                case ARTICLE -> claimIds.addAll(records.idsOfArticle(change.refId()));
            }
        }
        List<Long> ids = new ArrayList<>(claimIds);
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + PAGE));
            Set<Long> missing = new HashSet<>(slice);
            for (ClaimRecord record : records.byIds(slice)) {
                index.upsert(record);
                missing.remove(record.claim().id());
            }
            missing.forEach(index::delete);
        }
    }

    /** Moves the cursor over the applied rows that have settled: no row can still appear before them. */
    private void advanceCursor(ChangeFeed.Batch batch) {
        Instant settled = batch.now().minus(SETTLED);
        while (!applied.isEmpty() && applied.firstEntry().getValue().isBefore(settled)) {
            cursor = applied.pollFirstEntry().getKey();
        }
    }

    private void commitIfDirty(boolean now) {
        if (dirty && (now || Instant.now().isAfter(lastCommit.plus(COMMIT_EVERY)))) {
            index.commit(cursor);
            lastCommit = Instant.now();
            dirty = false;
        }
    }

    private void housekeeping() {
        if (Instant.now().isAfter(lastPrune.plus(Duration.ofHours(1)))) {
            lastPrune = Instant.now();
            int pruned = feed.prune(KEEP);
            if (pruned > 0) {
                LOG.info("Removed {} change feed rows older than {} days", pruned, KEEP.toDays());
            }
        }
    }
}
