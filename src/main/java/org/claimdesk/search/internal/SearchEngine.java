package org.claimdesk.search.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.cluster.Notifications;
import org.claimdesk.search.Facet;
import org.claimdesk.search.HitIds;
import org.claimdesk.search.IndexStatus;
import org.claimdesk.search.SearchCursor;
import org.claimdesk.search.SearchPage;
import org.claimdesk.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The search index of this node, in {@code ${claimdesk.data-dir}/index}: opened when Claimdesk starts, kept current
 * by its {@link SearchIndexer}, closed (and committed) when Claimdesk stops. What {@code SearchService} calls;
 * only Claimdesk's own records come out of it.
 */
@Component
public class SearchEngine implements SmartLifecycle {

    private final Path path;
    private final ChangeFeed feed;
    private final ClaimRecords records;
    private final Notifications notifications;
    private final Duration timeLimit;
    private volatile @Nullable ClaimIndex index;
    private volatile @Nullable SearchIndexer indexer;
    private volatile @Nullable ClaimSearcher searcher;
    private volatile @Nullable ClaimFacets facets;

    SearchEngine(@Value("${claimdesk.data-dir}") String dataDir, @Value("${claimdesk.search.max-clauses:1024}") int maxClauses,
            @Value("${claimdesk.search.time-limit:2s}") Duration timeLimit, ChangeFeed feed, ClaimRecords records,
            Notifications notifications) {
        this.path = Path.of(dataDir, "index");
        this.feed = feed;
        this.records = records;
        this.notifications = notifications;
        this.timeLimit = timeLimit;
        IndexSearcher.setMaxClauseCount(maxClauses);
    }

    @Override
    public synchronized void start() {
        ClaimIndex opened = ClaimIndex.open(path);
        index = opened;
        searcher = new ClaimSearcher(opened, timeLimit);
        facets = new ClaimFacets(opened, searcher);
        SearchIndexer started = new SearchIndexer(opened, feed, records);
        indexer = started;
        notifications.listen(ChangeFeed.WAKE_UP, payload -> {
            SearchIndexer current = indexer;
            if (current != null) {
                current.wake();
            }
        });
        started.start();
    }

    @Override
    public synchronized void stop() {
        SearchIndexer running = indexer;
        if (running != null) {
            running.stop();
        }
        ClaimIndex open = index;
        if (open != null) {
            open.close();
        }
        indexer = null;
        index = null;
    }

    @Override
    public boolean isRunning() {
        return index != null;
    }

    /** Stops applying the change feed (the index stays open and searchable); for maintenance and tests. */
    public void pauseIndexing() {
        indexer().stop();
    }

    /** Applies the change feed again, from where it stopped. */
    public void resumeIndexing() {
        indexer().start();
    }

    /** Applies the change feed again if {@link #pauseIndexing} stopped it. */
    public void resumeIfPaused() {
        if (!indexer().isRunning()) {
            indexer().start();
        }
    }

    /** The highest change feed row applied to the index. */
    public long appliedUpTo() {
        return indexer().appliedUpTo();
    }

    public SearchPage page(SearchQuery query, @Nullable SearchCursor after, int limit) {
        try {
            return searcher().page(query, after, limit);
        } catch (QueryRefused refused) {
            throw new InvalidInputException("query", refused.getMessage());
        }
    }

    public HitIds ids(SearchQuery query, @Nullable SearchCursor after, int limit) {
        try {
            return searcher().ids(query, after, limit);
        } catch (QueryRefused refused) {
            throw new InvalidInputException("query", refused.getMessage());
        }
    }

    public @Nullable SearchCursor skip(SearchQuery query, @Nullable SearchCursor after, int count) {
        try {
            return searcher().skip(query, after, count);
        } catch (QueryRefused refused) {
            throw new InvalidInputException("query", refused.getMessage());
        }
    }

    public List<Facet> facets(SearchQuery query, int valuesPerDimension) {
        try {
            return facets().facets(query, valuesPerDimension);
        } catch (QueryRefused refused) {
            throw new InvalidInputException("query", refused.getMessage());
        }
    }

    /** Refuses, with the message for the person searching, a query that cannot be run. */
    public void check(SearchQuery query) {
        try {
            searcher().check(query);
        } catch (QueryRefused refused) {
            throw new InvalidInputException("query", refused.getMessage());
        }
    }

    public List<org.claimdesk.search.QueryField> queryFields() {
        return Fields.QUERYABLE.entrySet().stream()
                .map(e -> new org.claimdesk.search.QueryField(e.getKey(), e.getValue())).toList();
    }

    public IndexStatus status() {
        return indexer().status();
    }

    public void rebuild(String why) {
        indexer().requestRebuild(why);
    }

    private SearchIndexer indexer() {
        SearchIndexer i = indexer;
        if (i == null) {
            throw new IllegalStateException("The search index is not open");
        }
        return i;
    }

    private ClaimSearcher searcher() {
        ClaimSearcher s = searcher;
        if (s == null) {
            throw new IllegalStateException("The search index is not open");
        }
        return s;
    }

    private ClaimFacets facets() {
        ClaimFacets f = facets;
        if (f == null) {
            throw new IllegalStateException("The search index is not open");
        }
        return f;
    }
}
