package org.claimdesk.claims;

/** How firmly the speaker asserts the claim. */
public enum SpeakerCertainty {
    ASSERTED("Asserted", "stated as fact"),
    HEDGED("Hedged", "qualified: “we expect”, “likely”"),
    SPECULATIVE("Speculative", "a possibility: “could”, “might”"),
    DENIED("Denied", "the speaker rejects it");

    private final String label;
    private final String description;

    SpeakerCertainty(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
