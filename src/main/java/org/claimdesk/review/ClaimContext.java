package org.claimdesk.review;

import org.claimdesk.claims.TextAnchor;

/**
 * The sentence around a claim, as the queue shows it: the end of the sentence before the quote, the quote, and the
 * rest of the sentence after it, cut from the anchor's stored context (no article text is read).
 */
public record ClaimContext(String before, String quote, String after) {

    static ClaimContext of(TextAnchor anchor) {
        String prefix = anchor.prefix();
        int start = 0;
        for (int i = prefix.length() - 1; i > 0; i--) {
            char c = prefix.charAt(i - 1);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(prefix.charAt(i)))) {
                start = i;
                break;
            }
        }
        String suffix = anchor.suffix();
        int end = suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            char c = suffix.charAt(i);
            if (c == '\n') {
                end = i;
                break;
            }
            if (c == '.' || c == '!' || c == '?') {
                end = i + 1;
                break;
            }
        }
        return new ClaimContext(prefix.substring(start).stripLeading(), anchor.quote(), suffix.substring(0, end));
    }
}
