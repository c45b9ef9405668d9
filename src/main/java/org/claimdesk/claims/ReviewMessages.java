package org.claimdesk.claims;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a refused review move tells the user: what happened to the claim instead, and by whom. */
final class ReviewMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private ReviewMessages() {
    }

    /** The claim ({@code now}, or null when deleted) is not in a state {@code transition} starts from. */
    static String notPossible(@Nullable Claim now, ClaimTransition transition) {
        if (now == null) {
            return "This claim was deleted by someone else.";
        }
        ClaimReview review = now.review();
        String by = review == null ? now.updatedBy() : review.by();
        Instant at = review == null ? now.updatedAt() : review.at();
        String state = switch (now.status()) {
            case APPROVED -> "Already approved by %s %s.".formatted(by, ago(at));
            case REJECTED -> "Already rejected by %s %s.".formatted(by, ago(at));
            case CHANGES_REQUESTED -> "%s already asked for changes %s.".formatted(by, ago(at));
            case SUBMITTED -> "Already submitted by %s %s.".formatted(now.updatedBy(), ago(now.updatedAt()));
            case DRAFT -> now.submittedAt() == null ? "This claim is a draft: its author has not submitted it."
                    : "%s withdrew this claim %s; it is a draft again.".formatted(now.updatedBy(), ago(now.updatedAt()));
        };
        return state + " You cannot " + transition.verb() + " it now.";
    }

    /** The claim is still in a state the move starts from, but it changed after the user saw it. */
    static String changedSince(Claim now, ClaimTransition transition) {
        return "%s changed this claim %s, after you opened it. Look at it again before you %s it."
                .formatted(now.updatedBy(), ago(now.updatedAt()), transition.verb());
    }

    /** "a moment ago", "3 minutes ago", or the time of day. */
    static String ago(Instant at) {
        Duration since = Duration.between(at, Instant.now());
        if (since.toSeconds() < 60) {
            return "a moment ago";
        }
        if (since.toMinutes() < 60) {
            long minutes = since.toMinutes();
            return minutes == 1 ? "a minute ago" : minutes + " minutes ago";
        }
        return "at " + TIME.format(at).toLowerCase(Locale.ROOT);
    }
}
