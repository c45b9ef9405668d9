package org.claimdesk.claims;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tags of a claim a person sets, on creation and on every edit. */
public record ClaimFields(
        @Nullable Long speakerId,
        Attribution attribution,
        SpeakerCertainty certainty,
        int confidence,
        ClaimType type,
        List<String> tags,
        @Nullable String note) {
}
