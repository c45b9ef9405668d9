package org.claimdesk.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What someone searches for: a query in Lucene's syntax (empty: everything), facet filters (dimension → the
 * values of which a hit must have one; dimensions combine with AND), and the order.
 */
public record SearchQuery(String text, Map<String, Set<String>> filters, SearchSort sort) {

    public SearchQuery {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        filters.forEach((dim, values) -> {
            if (!values.isEmpty()) {
                copy.put(dim, Set.copyOf(new LinkedHashSet<>(values)));
            }
        });
        filters = Map.copyOf(copy);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), SearchSort.RELEVANCE);
    }

    /** The same query with {@code value} of {@code dimension} added as a filter, or removed when it was one. */
    public SearchQuery toggle(String dimension, String value) {
        Map<String, Set<String>> next = new LinkedHashMap<>(filters);
        Set<String> values = new LinkedHashSet<>(next.getOrDefault(dimension, Set.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(dimension, values);
        return new SearchQuery(text, next, sort);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, filters, sort);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, filters, newSort);
    }

    public boolean isFiltered(String dimension, String value) {
        return filters.getOrDefault(dimension, Set.of()).contains(value);
    }
}
