package org.claimdesk.articles;

import org.claimdesk.base.InvalidInputException;

/** The body is already stored, as the article {@link #existingId()}. */
public class DuplicateArticleException extends InvalidInputException {

    private final long existingId;
    private final String existingTitle;

    DuplicateArticleException(long existingId, String existingTitle) {
        super("body", "This text is already in Claimdesk as “" + existingTitle + "”.");
        this.existingId = existingId;
        this.existingTitle = existingTitle;
    }

    public long existingId() {
        return existingId;
    }

    public String existingTitle() {
        return existingTitle;
    }
}
