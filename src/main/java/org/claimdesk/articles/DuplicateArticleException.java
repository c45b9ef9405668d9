package org.claimdesk.articles;

import org.claimdesk.base.InvalidInputException;

/** The body is already stored, as the article {@link #existingId()}; {@link #match()} says how it matched. */
public class DuplicateArticleException extends InvalidInputException {

    /** How a new text matched a stored one. */
    public enum Match {
        SAME_TEXT("the same text"),
        SAME_APART_FROM_SPACING("the same text apart from spacing and blank lines");

        private final String description;

        Match(String description) {
            this.description = description;
        }

        /** Lowercase words for a sentence, e.g. "the same text apart from spacing and blank lines". */
        public String description() {
            return description;
        }
    }

    private final long existingId;
    private final String existingTitle;
    private final Match match;

    DuplicateArticleException(long existingId, String existingTitle, Match match) {
        super("body", "This text is already in Claimdesk as “" + existingTitle + "” (" + match.description() + ").");
        this.existingId = existingId;
        this.existingTitle = existingTitle;
        this.match = match;
    }

    public long existingId() {
        return existingId;
    }

    public String existingTitle() {
        return existingTitle;
    }

    public Match match() {
        return match;
    }
}
