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
        String before = prefix.substring(start).stripLeading();
        if (start == 0 && cut(prefix)) { // the sentence began before the stored context: start at a whole word
            int space = firstSpace(prefix);
            before = space < 0 ? "…" + prefix : "…" + prefix.substring(space).stripLeading();
        }
        String suffix = anchor.suffix();
        int end = -1;
        for (int i = 0; i < suffix.length() && end < 0; i++) {
            char c = suffix.charAt(i);
            if (c == '\n') {
                end = i;
            } else if (c == '.' || c == '!' || c == '?') {
                end = i + 1;
            }
        }
        String after;
        if (end >= 0) {
            after = suffix.substring(0, end);
        } else if (cut(suffix)) { // the sentence goes on after the stored context: end at a whole word
            int space = lastSpace(suffix);
            after = (space < 0 ? suffix : suffix.substring(0, space).stripTrailing()) + "…";
        } else {
            after = suffix;
        }
        return new ClaimContext(before, anchor.quote(), after);
    }

    /** Whether the stored context is as long as it can be, so the text may go on beyond it. */
    private static boolean cut(String context) {
        return context.codePointCount(0, context.length()) >= TextAnchor.CONTEXT;
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
