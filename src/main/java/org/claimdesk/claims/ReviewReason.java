package org.claimdesk.claims;

/** Why a reviewer rejected a claim or asked for changes; always given together with a comment. */
public enum ReviewReason {
    WRONG_SPAN("Wrong span"),
    WRONG_SPEAKER("Wrong speaker"),
    WRONG_TYPE("Wrong type"),
    CONFIDENCE_OFF("Confidence off"),
    NOT_A_CLAIM("Not a claim"),
    DUPLICATE("Duplicate"),
    OTHER("Other");

    private final String label;

    ReviewReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
