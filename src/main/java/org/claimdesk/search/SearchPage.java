package org.claimdesk.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of hits: {@code total} hits in all, {@code next} to ask for the following page (null after the last).
 * {@code stopped} says the search ran out of time and this page may be incomplete.
 */
public record SearchPage(List<SearchHit> hits, long total, @Nullable SearchCursor next, boolean stopped) {
}
