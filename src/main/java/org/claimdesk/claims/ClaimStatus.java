package org.claimdesk.claims;

/**
 * Where a claim is in review. Claims start as drafts; their author submits them, and a reviewer other than the
 * author approves, rejects or asks for changes. {@link ClaimTransition} lists the moves between these states and
 * {@link ClaimRules} decides who may make them. New states go at the end: the highlighter receives the ordinal.
 */
public enum ClaimStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    CHANGES_REQUESTED("Changes requested");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Approved and rejected claims change only after an editor reopens them (or edits them, which reopens them). */
    public boolean isFinal() {
        return this == APPROVED || this == REJECTED;
    }
}
