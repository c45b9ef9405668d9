package org.claimdesk.export.internal;

import java.util.List;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerKind;
import org.jspecify.annotations.Nullable;

/**
 * One annotation read from a file, as far as it could be read: what a claim needs, or, in {@code problem}, why it
 * cannot become one. {@code position} counts from 1 in the file's order; {@code textHash} names the article's text.
 */
public record Annotation(
        int position,
        String id,
        String textHash,
        int start,
        int end,
        String exact,
        @Nullable String prefix,
        @Nullable String suffix,
        @Nullable String speaker,
        SpeakerKind speakerKind,
        ClaimType type,
        Attribution attribution,
        SpeakerCertainty certainty,
        int confidence,
        List<String> tags,
        @Nullable String note,
        @Nullable String creator,
        @Nullable String problem) {

    static Annotation refused(int position, String id, String problem) {
        return new Annotation(position, id, "", 0, 0, "", null, null, null, SpeakerKind.PERSON, ClaimType.OTHER,
                Attribution.UNATTRIBUTED, SpeakerCertainty.ASSERTED, 0, List.of(), null, null, problem);
    }
}
