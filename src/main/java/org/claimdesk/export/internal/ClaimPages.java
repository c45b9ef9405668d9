package org.claimdesk.export.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Reads the claims of an export a page at a time, each page in a short transaction of its own, and hands each page
 * on before reading the next: however many claims there are, only one page is in memory. Everything and one article
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
        long after = 0;
        for (List<ClaimRecord> page = records.after(after, PAGE); !page.isEmpty(); page = records.after(after, PAGE)) {
            consumer.accept(page);
            after = page.getLast().claim().id();
        }
    }

    public void article(long articleId, PageConsumer consumer) throws IOException {
        long after = 0;
        for (List<ClaimRecord> page = records.afterInArticle(articleId, after, PAGE); !page.isEmpty();
                page = records.afterInArticle(articleId, after, PAGE)) {
            consumer.accept(page);
            after = page.getLast().claim().id();
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
