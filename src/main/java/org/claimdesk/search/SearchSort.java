package org.claimdesk.search;

/** How hits are ordered. Ties are broken by claim id, so paging is stable. */
public enum SearchSort {
    RELEVANCE("Relevance"),
    NEWEST("Newest"),
    CONFIDENCE("Confidence");

    private final String label;

    SearchSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
