package org.claimdesk.search.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimdesk.search.SearchCursor;
import org.claimdesk.search.SearchHit;
import org.claimdesk.search.SearchPage;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.jspecify.annotations.Nullable;

/**
 * Serves the lazy grid's "rows from offset on" out of cursor paging: it remembers where pages ended, and reaches a
 * row further down than any page so far by skipping over the hits in between (without reading them), so that any
 * depth can be reached.
 */
final class ResultPager {

    private static final int STEP = SearchService.MAX_SKIP;

    private final SearchService search;
    private final SearchQuery query;
    /** Offset → the cursor of the hit just before it (null for offset 0). */
    private final TreeMap<Integer, @Nullable SearchCursor> cursors = new TreeMap<>();
    private long total;

    ResultPager(SearchService search, SearchQuery query, SearchPage first) {
        this.search = search;
        this.query = query;
        this.total = first.total();
        cursors.put(0, null);
        if (first.next() != null) {
            cursors.put(first.hits().size(), first.next());
        }
    }

    long total() {
        return total;
    }

    List<SearchHit> rows(int offset, int limit) {
        Map.Entry<Integer, @Nullable SearchCursor> known = cursors.floorEntry(offset);
        int at = known.getKey();
        SearchCursor cursor = known.getValue();
        while (at < offset) {
            int step = Math.min(STEP, offset - at);
            SearchCursor past = search.skip(query, cursor, step);
            if (past == null) {
                return List.of();
            }
            at += step;
            cursor = past;
            cursors.put(at, cursor);
        }
        SearchPage page = search.page(query, cursor, limit);
        total = page.total();
        if (page.next() != null) {
            cursors.put(offset + page.hits().size(), page.next());
        }
        return page.hits();
    }
}
