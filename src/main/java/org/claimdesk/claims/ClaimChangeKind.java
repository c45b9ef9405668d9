package org.claimdesk.claims;

/** What a change in a claim's history was. */
public enum ClaimChangeKind {
    CREATED("Created"),
    EDITED("Edited"),
    SUBMITTED("Submitted"),
    WITHDRAWN("Withdrawn"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    CHANGES_REQUESTED("Changes requested"),
    REOPENED("Reopened"),
    RESTORED("Restored"),
    DELETED("Deleted");

    private final String label;

    ClaimChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ClaimChangeKind of(ClaimTransition transition) {
        return switch (transition) {
            case SUBMIT -> SUBMITTED;
            case WITHDRAW -> WITHDRAWN;
            case APPROVE -> APPROVED;
            case REJECT -> REJECTED;
            case REQUEST_CHANGES -> CHANGES_REQUESTED;
            case REOPEN -> REOPENED;
        };
    }
}
