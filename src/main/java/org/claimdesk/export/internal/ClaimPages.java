package org.claimdesk.export.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.LongFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.search.HitIds;
import org.claimdesk.search.SearchCursor;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.springframework.stereotype.Component;

/**
 * Reads the claims of an export a page at a time, each page in a short transaction of its own: however many claims
 * there are, at most two pages are in memory. Everything and one article
 * go by claim id (keyset paging); a search goes in its own order, its ids from the search index, the claims as they
 * are in the database now (a claim deleted since it was indexed is left out).
 */
@Component
public class ClaimPages {

    static final int PAGE = 1_000;

    private final ClaimRecords records;
    private final SearchService search;

    ClaimPages(ClaimRecords records, SearchService search) {
        this.records = records;
        this.search = search;
    }

    @FunctionalInterface
    public interface PageConsumer {
        void accept(List<ClaimRecord> page) throws IOException;
    }

    public void all(PageConsumer consumer) throws IOException {
        readAhead(after -> records.after(after, PAGE), consumer);
    }

    public void article(long articleId, PageConsumer consumer) throws IOException {
        readAhead(after -> records.afterInArticle(articleId, after, PAGE), consumer);
    }

    /**
     * Keyset pages in id order, the next one read (on a thread of its own) while the consumer writes this one: the
     * database and the writer work at the same time, and at most two pages are in memory. ClaimRecords needs no
     * signed-in user, so the reading thread acts for nobody.
     */
    private static void readAhead(LongFunction<List<ClaimRecord>> pageAfter, PageConsumer consumer) throws IOException {
        ThreadFactory thread = Thread.ofVirtual().name("export-reader").factory();
        try (ExecutorService reader = Executors.newSingleThreadExecutor(thread)) {
            Future<List<ClaimRecord>> next = reader.submit(() -> pageAfter.apply(0));
            for (List<ClaimRecord> page = take(next); !page.isEmpty(); page = take(next)) {
                long after = page.getLast().claim().id();
                next = reader.submit(() -> pageAfter.apply(after));
                consumer.accept(page);
            }
        }
    }

    private static List<ClaimRecord> take(Future<List<ClaimRecord>> page) throws IOException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("The export was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The search's claims in its order; the signed-in user runs the search. */
    public void search(SearchQuery query, PageConsumer consumer) throws IOException {
        SearchCursor after = null;
        do {
            HitIds hits = search.ids(query, after, PAGE);
            if (!hits.ids().isEmpty()) {
                Map<Long, ClaimRecord> found = records.byIds(hits.ids()).stream()
                        .collect(Collectors.toMap(r -> r.claim().id(), Function.identity()));
                List<ClaimRecord> page = new ArrayList<>(found.size());
                for (long id : hits.ids()) {
                    ClaimRecord record = found.get(id);
                    if (record != null) {
                        page.add(record);
                    }
                }
                consumer.accept(page);
            }
            after = hits.next();
        } while (after != null);
    }
}
