package org.claimdesk.search;

/** One value of a facet dimension: the value to filter by, what to show for it, and how many hits have it. */
public record FacetValue(String value, String label, long count) {
}
