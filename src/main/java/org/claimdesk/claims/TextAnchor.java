package org.claimdesk.claims;

import com.ibm.icu.text.BreakIterator;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;

/**
 * Where a claim sits in an article's body: a W3C TextPositionSelector (start inclusive, end exclusive,
 * both in Unicode code points) and a TextQuoteSelector (the exact quote with up to
 * {@value #CONTEXT} code points of prefix and suffix). Always computed from the stored body, never
 * taken from a client.
 */
public record TextAnchor(int start, int end, String quote, String prefix, String suffix) {

    /** Code points of context kept before and after the quote. */
    public static final int CONTEXT = 32;

    /**
     * The anchor of {@code [start, end)} in {@code body}, checked against the quote the client saw.
     *
     * @throws InvalidInputException when the offsets are outside the text, reversed or empty, the passage
     *         has nothing visible, {@code expectedQuote} differs from the text at those offsets, or a
     *         boundary splits a character as readers see it (a grapheme cluster: an emoji sequence, a
     *         letter and its accents)
     */
    public static TextAnchor locate(String body, int start, int end, String expectedQuote) {
        int length = body.codePointCount(0, body.length());
        if (start < 0 || end > length) {
            throw new InvalidInputException("selection",
                    "The selection (%d–%d) lies outside the article, which has %d characters.".formatted(start, end, length));
        }
        if (end <= start) {
            throw new InvalidInputException("selection", "Select some text first: the selection is empty or reversed.");
        }
        int from = body.offsetByCodePoints(0, start);
        int to = body.offsetByCodePoints(from, end - start);
        String quote = body.substring(from, to);
        if (!TextRules.hasVisibleText(quote)) {
            throw new InvalidInputException("selection",
                    "The selection holds only spaces, line breaks or other invisible characters.");
        }
        if (!quote.equals(expectedQuote)) {
            throw new InvalidInputException("selection",
                    "The selected text no longer matches the article at that place. Reload the article and select it again.");
        }
        requireWholeCharacters(body, from, to);
        int prefixStart = Math.max(0, start - CONTEXT);
        int suffixEnd = Math.min(length, end + CONTEXT);
        String prefix = body.substring(body.offsetByCodePoints(0, prefixStart), from);
        String suffix = body.substring(to, body.offsetByCodePoints(to, suffixEnd - end));
        return new TextAnchor(start, end, quote, prefix, suffix);
    }

    /**
     * Refuses a selection from or to the middle of a grapheme cluster: its quote would start or end with
     * half an emoji (a lone zero-width joiner) or an accent without its letter. ICU's rules are the
     * browsers' (Intl.Segmenter), whatever Unicode version the JDK has.
     */
    private static void requireWholeCharacters(String body, int from, int to) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(body);
        if (!clusters.isBoundary(from)) {
            throw splitCharacter("starts");
        }
        if (!clusters.isBoundary(to)) {
            throw splitCharacter("ends");
        }
    }

    private static InvalidInputException splitCharacter(String where) {
        return new InvalidInputException("selection", "The selection " + where + " inside a character (part of an "
                + "emoji or a letter with its accent). Select whole characters and try again.");
    }
}
