package org.claimdesk.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.search.Facet;
import org.claimdesk.search.FacetValue;
import org.claimdesk.search.SearchQuery;
import org.jspecify.annotations.Nullable;

/**
 * Facet counts with Lucene's facet module. A dimension's counts come from the hits of the query with every filter
 * except that dimension's own ("drill sideways"): picking one speaker still shows the other speakers, so a second
 * one can be added.
 */
final class ClaimFacets {

    private static final Map<String, String> LABELS = Map.of("speaker", "Speaker", "type", "Type", "status",
            "Status", "outlet", "Outlet", "annotator", "Annotator", "confidence", "Confidence");

    private final ClaimIndex index;
    private final ClaimSearcher searcher;
    private volatile ReaderState cached;

    private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    ClaimFacets(ClaimIndex index, ClaimSearcher searcher) {
        this.index = index;
        this.searcher = searcher;
    }

    List<Facet> facets(SearchQuery search, int valuesPerDimension) {
        ClaimQueries queries = searcher.queries();
        queries.parse(search); // refuses what cannot be run before any counting
        return ClaimSearcher.guarded(() -> index.withSearcher(shared -> {
            if (shared.getIndexReader().numDocs() == 0) {
                List<Facet> none = new ArrayList<>();
                for (String dimension : Facet.DIMENSIONS) {
                    none.add(facet(dimension, null, valuesPerDimension, search));
                }
                return none;
            }
            IndexSearcher limited = searcher.limitedSearcher(shared.getIndexReader());
            SortedSetDocValuesReaderState state = state(shared.getIndexReader());
            Map<Set<String>, Facets> countsByExcluded = new LinkedHashMap<>();
            List<Facet> facets = new ArrayList<>();
            for (String dimension : Facet.DIMENSIONS) {
                Set<String> excluded = search.filters().containsKey(dimension) ? Set.of(dimension) : Set.of();
                Facets counts = countsByExcluded.get(excluded);
                if (counts == null) {
                    counts = count(limited, state, queries, without(search, excluded));
                    countsByExcluded.put(excluded, counts);
                }
                facets.add(facet(dimension, counts, valuesPerDimension, search));
            }
            return facets;
        }));
    }

    private static SearchQuery without(SearchQuery search, Set<String> dimensions) {
        Map<String, Set<String>> filters = new LinkedHashMap<>(search.filters());
        dimensions.forEach(filters::remove);
        return new SearchQuery(search.text(), filters, search.sort());
    }

    private static Facets count(IndexSearcher searcher, SortedSetDocValuesReaderState state, ClaimQueries queries,
            SearchQuery search) throws IOException {
        FacetsCollector collected = searcher.search(queries.parse(search), new FacetsCollectorManager());
        return new SortedSetDocValuesFacetCounts(state, collected);
    }

    private static Facet facet(String dimension, @Nullable Facets counts, int limit, SearchQuery search) throws IOException {
        List<FacetValue> values = new ArrayList<>();
        FacetResult result = counts == null ? null : counts.getTopChildren(limit, dimension);
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                values.add(new FacetValue(lv.label, label(dimension, lv.label), lv.value.longValue()));
            }
        }
        // A filter in use stays visible even when no hit has it any more.
        for (String chosen : search.filters().getOrDefault(dimension, Set.of())) {
            if (values.stream().noneMatch(v -> v.value().equals(chosen))) {
                values.add(new FacetValue(chosen, label(dimension, chosen), 0));
            }
        }
        if (dimension.equals("confidence")) {
            values.sort(java.util.Comparator.comparing(v -> ConfidenceBands.BANDS.indexOf(v.value())));
        }
        return new Facet(dimension, LABELS.get(dimension), values);
    }

    private static String label(String dimension, String value) {
        try {
            return switch (dimension) {
                case "type" -> ClaimType.valueOf(value).label();
                case "status" -> ClaimStatus.valueOf(value).label();
                default -> value;
            };
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }

    /** The facet module's ordinals for this reader, built once per reader (after each refresh). */
    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        ReaderState now = cached;
        if (now == null || now.reader() != reader) {
            synchronized (this) {
                now = cached;
                if (now == null || now.reader() != reader) {
                    now = new ReaderState(reader, new DefaultSortedSetDocValuesReaderState(reader, index.facets()));
                    cached = now;
                }
            }
        }
        return now.state();
    }
}
