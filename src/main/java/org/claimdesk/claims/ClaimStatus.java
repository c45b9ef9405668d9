package org.claimdesk.claims;

/** Where a claim is in review. Claims start as drafts; the review workflow adds the other states. */
public enum ClaimStatus {
    DRAFT("Draft");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
