package org.claimdesk.claims;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a claim's history: what happened, who did it, when, why (where there is a reason), and each field
 * that changed, old value → new value as people read them. {@code claimVersion} is the claim's version afterwards
 * (for a deletion, the last one); {@code quote} the claim's passage, so that a deleted claim can still be recognised.
 */
public record ClaimChange(long id, long claimId, long articleId, long claimVersion, ClaimChangeKind kind, String by,
        Instant at, @Nullable ReviewReason reasonCode, @Nullable String reason, String quote, List<FieldChange> fields) {

    /** A field's value before and after; null where it had none (a new claim, an empty note). */
    public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
    }
}
