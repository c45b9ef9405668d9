package org.claimdesk.claims;

import java.util.EnumSet;
import java.util.Set;

/** The moves of the review workflow: from which states each one starts and where it leads. */
public enum ClaimTransition {
    /** The author hands a draft (or a claim with changes requested) to the reviewers. */
    SUBMIT("submit", ClaimStatus.SUBMITTED, EnumSet.of(ClaimStatus.DRAFT, ClaimStatus.CHANGES_REQUESTED)),
    /** The author takes back a submitted claim nobody has decided on yet. */
    WITHDRAW("withdraw", ClaimStatus.DRAFT, EnumSet.of(ClaimStatus.SUBMITTED)),
    APPROVE("approve", ClaimStatus.APPROVED, EnumSet.of(ClaimStatus.SUBMITTED)),
    REJECT("reject", ClaimStatus.REJECTED, EnumSet.of(ClaimStatus.SUBMITTED)),
    REQUEST_CHANGES("request changes to", ClaimStatus.CHANGES_REQUESTED, EnumSet.of(ClaimStatus.SUBMITTED)),
    /** An editor sends an approved or rejected claim back to review, with a reason. */
    REOPEN("reopen", ClaimStatus.SUBMITTED, EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.REJECTED));

    private final String verb;
    private final ClaimStatus to;
    private final Set<ClaimStatus> from;

    ClaimTransition(String verb, ClaimStatus to, Set<ClaimStatus> from) {
        this.verb = verb;
        this.to = to;
        this.from = from;
    }

    /** As in "You cannot … this claim". */
    public String verb() {
        return verb;
    }

    public ClaimStatus to() {
        return to;
    }

    public boolean startsFrom(ClaimStatus status) {
        return from.contains(status);
    }

    /** A reviewer's decision: never on one's own claim. */
    public boolean isDecision() {
        return this == APPROVE || this == REJECT || this == REQUEST_CHANGES;
    }

    /** Reject and request changes need a reason code and a comment; reopen a comment. */
    public boolean needsReasonCode() {
        return this == REJECT || this == REQUEST_CHANGES;
    }

    public boolean needsComment() {
        return needsReasonCode() || this == REOPEN;
    }
}
