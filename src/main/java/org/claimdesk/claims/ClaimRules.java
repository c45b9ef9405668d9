package org.claimdesk.claims;

import java.util.Optional;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * The one place that decides what the signed-in user may do to a claim in which state: change or delete it, and
 * move it through review. Every service that writes claims asks here; the buttons ask through the services.
 * <ul>
 * <li>Its author (an annotator or up) changes and deletes it while it is a draft or has changes requested; a
 * submitted claim is withdrawn first. Editors change and delete any claim; an approved or rejected claim an editor
 * changes goes back to review ({@link #statusAfterEdit}).</li>
 * <li>The author submits and withdraws; reviewers decide, never on their own claims (admins included); editors
 * reopen.</li>
 * </ul>
 */
final class ClaimRules {

    private ClaimRules() {
    }

    static boolean mayEdit(String author, ClaimStatus status) {
        return editRefusal(author, status).isEmpty();
    }

    /** Why the signed-in user may not change or delete the claim, or empty when they may. */
    static Optional<String> editRefusal(String author, ClaimStatus status) {
        if (CurrentUser.has(Role.EDITOR)) {
            return Optional.empty();
        }
        if (!CurrentUser.has(Role.ANNOTATOR) || !isAuthor(author)) {
            return Optional.of("Only the author changes their claim; editors change any claim.");
        }
        return switch (status) {
            case DRAFT, CHANGES_REQUESTED -> Optional.empty();
            case SUBMITTED -> Optional.of("This claim is waiting for review: withdraw it first to change it.");
            case APPROVED, REJECTED -> Optional.of("This claim was " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; only an editor changes it now.");
        };
    }

    /** The state of a claim after the signed-in user changed its fields. */
    static ClaimStatus statusAfterEdit(ClaimStatus status) {
        return status.isFinal() ? ClaimStatus.SUBMITTED : status;
    }

    static boolean mayMove(ClaimTransition transition, String author, ClaimStatus status) {
        return transition.startsFrom(status) && moveRefusal(transition, author).isEmpty();
    }

    /**
     * Why the signed-in user may never make this move on a claim of {@code author}, whatever its state, or empty
     * when they may (the state is checked separately, since it changes while people look at the claim).
     */
    static Optional<String> moveRefusal(ClaimTransition transition, String author) {
        return switch (transition) {
            case SUBMIT, WITHDRAW -> CurrentUser.has(Role.ANNOTATOR) && isAuthor(author) ? Optional.empty()
                    : Optional.of("Only the author " + (transition == ClaimTransition.SUBMIT ? "submits" : "withdraws")
                            + " a claim.");
            case APPROVE, REJECT, REQUEST_CHANGES -> !CurrentUser.has(Role.REVIEWER)
                    ? Optional.of("Only reviewers decide on claims.")
                    : isAuthor(author) ? Optional.of("Nobody reviews their own claim: someone else has to decide on it.")
                    : Optional.empty();
            case REOPEN -> CurrentUser.has(Role.EDITOR) ? Optional.empty()
                    : Optional.of("Only editors reopen a claim that was approved or rejected.");
        };
    }

    private static boolean isAuthor(String author) {
        return CurrentUser.username().map(author::equals).orElse(false);
    }
}
