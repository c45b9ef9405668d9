package org.claimdesk.search.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.search.Facet;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchSort;

/**
 * A search as the address bar carries it, so it can be bookmarked and shared:
 * {@code /search?q=speaker:zuckerberg&type=PREDICTION&type=RELEASE&sort=NEWEST}.
 */
final class SearchUrl {

    private SearchUrl() {
    }

    static QueryParameters of(SearchQuery query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!query.text().isBlank()) {
            parameters.put("q", List.of(query.text()));
        }
        query.filters().forEach((dimension, values) -> parameters.put(dimension, new ArrayList<>(values)));
        if (query.sort() != SearchSort.RELEVANCE) {
            parameters.put("sort", List.of(query.sort().name()));
        }
        return new QueryParameters(parameters);
    }

    static SearchQuery from(QueryParameters parameters) {
        Map<String, List<String>> all = parameters.getParameters();
        String text = all.getOrDefault("q", List.of("")).stream().findFirst().orElse("");
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String dimension : Facet.DIMENSIONS) {
            List<String> values = all.getOrDefault(dimension, List.of());
            if (!values.isEmpty()) {
                filters.put(dimension, new LinkedHashSet<>(values));
            }
        }
        SearchSort sort = SearchSort.RELEVANCE;
        for (String value : all.getOrDefault("sort", List.of())) {
            for (SearchSort s : SearchSort.values()) {
                if (s.name().equalsIgnoreCase(value)) {
                    sort = s;
                }
            }
        }
        return new SearchQuery(text, filters, sort);
    }
}
