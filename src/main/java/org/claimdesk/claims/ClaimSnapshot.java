package org.claimdesk.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a claim that people set, as the history keeps them after each change (JSON in
 * {@code claim_change.snapshot}): what a restore goes back to, and what the field-by-field entries compare.
 */
record ClaimSnapshot(@Nullable Long speakerId, @Nullable String speakerName, Attribution attribution,
        SpeakerCertainty certainty, int confidence, ClaimType type, List<String> tags, @Nullable String note,
        ClaimStatus status) {

    static ClaimSnapshot of(Claim claim) {
        Speaker speaker = claim.speaker();
        return new ClaimSnapshot(speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(),
                claim.attribution(), claim.certainty(), claim.confidence(), claim.type(), claim.tags(), claim.note(),
                claim.status());
    }

    ClaimFields fields() {
        return new ClaimFields(speakerId, attribution, certainty, confidence, type, tags, note);
    }

    /** Each field as people read it, in the order the editor shows them. */
    Map<String, @Nullable String> shown() {
        Map<String, @Nullable String> shown = new LinkedHashMap<>();
        shown.put("Speaker", speakerName);
        shown.put("Attribution", attribution.label());
        shown.put("Certainty", certainty.label());
        shown.put("Confidence", String.valueOf(confidence));
        shown.put("Type", type.label());
        shown.put("Tags", tags.isEmpty() ? null : String.join(", ", tags));
        shown.put("Note", note);
        shown.put("Status", status.label());
        return shown;
    }
}
