package org.claimdesk.search.internal;

import java.util.List;

/** The confidence facet counts claims in five bands. */
final class ConfidenceBands {

    static final List<String> BANDS = List.of("0–20", "21–40", "41–60", "61–80", "81–100");

    private ConfidenceBands() {
    }

    static String of(int confidence) {
        return BANDS.get(confidence <= 20 ? 0 : Math.min(4, (confidence - 1) / 20));
    }
}
