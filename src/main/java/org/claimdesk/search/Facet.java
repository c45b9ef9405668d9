package org.claimdesk.search;

import java.util.List;

/** The values of one dimension among the hits (speaker, type, status, outlet, annotator, confidence), most first. */
public record Facet(String dimension, String label, List<FacetValue> values) {

    /** The dimensions, in the order the facet panel shows them. */
    public static final List<String> DIMENSIONS = List.of("speaker", "type", "status", "outlet", "annotator",
            "confidence");
}
