package org.claimdesk.search;

import java.util.List;

/**
 * Where a page of hits ended, to ask for the page after it ({@link SearchService#page}): the sort values of its
 * last hit. Opaque to callers; valid for the same query and order, also after the index changed.
 */
public record SearchCursor(List<Object> sortValues) {

    public SearchCursor {
        sortValues = List.copyOf(sortValues);
    }
}
