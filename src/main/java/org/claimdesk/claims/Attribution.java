package org.claimdesk.claims;

/** How the article attributes the claim to its speaker. */
public enum Attribution {
    DIRECT_QUOTE("Direct quote", "the speaker's own words, in quotation marks"),
    PARAPHRASE("Paraphrase", "the speaker's point in the writer's words"),
    REPORTED("Reported", "passed on through a source, e.g. “according to people familiar”"),
    UNATTRIBUTED("Unattributed", "the publication's own statement");

    private final String label;
    private final String description;

    Attribution(String label, String description) {
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
