package org.claimdesk.claims;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the rest of the application sees it. {@code submittedAt} is when it was last submitted for review,
 * {@code review} the latest review step (null before the first decision).
 */
public record Claim(
        long id,
        long articleId,
        TextAnchor anchor,
        @Nullable Speaker speaker,
        Attribution attribution,
        SpeakerCertainty certainty,
        int confidence,
        ClaimType type,
        List<String> tags,
        @Nullable String note,
        ClaimStatus status,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version,
        @Nullable Instant submittedAt,
        @Nullable ClaimReview review) {

    /** The same claim naming another speaker (after a merge or a rename). */
    public Claim withSpeaker(@Nullable Speaker other) {
        return new Claim(id, articleId, anchor, other, attribution, certainty, confidence, type, tags, note, status,
                createdBy, createdAt, updatedBy, updatedAt, version, submittedAt, review);
    }

    public String speakerName() {
        return speaker == null ? "Unknown speaker" : speaker.name();
    }

    /** The first words of the quote, for lists. */
    public String excerpt(int maxCodePoints) {
        String quote = anchor.quote().replace('\n', ' ');
        if (quote.codePointCount(0, quote.length()) <= maxCodePoints) {
            return quote;
        }
        return quote.substring(0, quote.offsetByCodePoints(0, maxCodePoints)).stripTrailing() + "…";
    }
}
