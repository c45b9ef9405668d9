package org.claimdesk.claims;

/** What sort of source a speaker is. */
public enum SpeakerKind {
    PERSON("Person"),
    ORGANISATION("Organisation"),
    PUBLICATION("Publication"),
    ANONYMOUS_SOURCE("Anonymous source");

    private final String label;

    SpeakerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
