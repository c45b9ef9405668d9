package org.claimdesk.claims;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.claimdesk.base.TextFolding;

/**
 * Folds names for search with Claimdesk's one {@linkplain TextFolding folding} (lowercase, no accents,
 * ł, ø, ß and the like as plain letters), with white space made single.
 */
final class SpeakerNames {

    /** The search_key column's size. */
    static final int MAX_KEY = 60_000;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SpeakerNames() {
    }

    /** {@code text} folded, in each of its spellings: "Müller" gives "muller" and "mueller", "José" only "jose". */
    static List<String> spellings(String text) {
        return TextFolding.foldedSpellings(text).stream().map(SpeakerNames::single).distinct().toList();
    }

    /** The search key of a speaker with these names: every folded spelling of each, separated by " | ". */
    static String searchKey(Collection<String> names) {
        String key = String.join(" | ", names.stream().flatMap(n -> spellings(n).stream()).distinct().toList());
        if (key.length() <= MAX_KEY) {
            return key;
        }
        // Folding may lengthen names (ß → ss, ligatures); past the column only the last names' tails are lost.
        int end = Character.isHighSurrogate(key.charAt(MAX_KEY - 1)) ? MAX_KEY - 1 : MAX_KEY;
        return key.substring(0, end);
    }

    private static String single(String folded) {
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
