package org.claimdesk.base;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * How Claimdesk folds text for search, in one place so that every search (the speaker registry's
 * today, the full-text index later) matches alike: Unicode's UTR#30 folding as Lucene's
 * {@code ICUFoldingFilter} applies it. It lowercases, removes accents and folds letters such as ł, ø,
 * æ and ß to their plain spellings ("Lech Wałęsa" → "lech walesa", "Straße" → "strasse"), and folds
 * full-width forms, ligatures and compatibility characters.
 */
public final class TextFolding {

    /** The very normaliser Lucene's {@code ICUFoldingFilter} uses, so an index built with it agrees. */
    private static final Normalizer2 UTR30 = ICUFoldingFilter.NORMALIZER;

    /** German umlauts as people also write them, with two letters: "Müller" as "Mueller" (ICU's de-ASCII). */
    private static final Transliterator TWO_LETTER_SPELLINGS = Transliterator.getInstance("de-ASCII");

    private TextFolding() {
    }

    /** {@code text} folded: lowercase, no accents, plain letters. Search keys and queries both go through this. */
    public static String fold(String text) {
        return UTR30.normalize(text);
    }

    /**
     * The ways {@code text} is folded for matching: {@link #fold} itself and, when it differs, the fold
     * of its two-letter spelling ("Müller" gives "muller" and "mueller"). Index or query every one of them so
     * that both spellings find each other.
     */
    public static List<String> foldedSpellings(String text) {
        String plain = fold(text);
        String twoLetter;
        // Transliterators keep no state between calls, but ICU does not promise that for sharing one.
        synchronized (TWO_LETTER_SPELLINGS) {
            twoLetter = fold(TWO_LETTER_SPELLINGS.transliterate(text));
        }
        return plain.equals(twoLetter) ? List.of(plain) : List.of(plain, twoLetter);
    }
}
