package org.claimdesk.base;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Search keys: the texts a list is filtered by (names, titles), {@linkplain TextFolding folded} in Java and
 * stored in a column of their own, so that a plain {@code LIKE} finds "Wałęsa" by "walesa" and "Café" by
 * "CAFE" on every database alike, whatever its collation, case rules or extensions.
 */
public final class SearchKeys {

    /** Separates the texts in a key, so that a filter never matches across two of them. */
    private static final String SEPARATOR = " | ";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKeys() {
    }

    /** {@code text} folded, in each of its spellings, white space made single: "Müller" gives "muller" and "mueller". */
    public static List<String> spellings(String text) {
        return TextFolding.foldedSpellings(text).stream().map(f -> SPACES.matcher(f).replaceAll(" ").strip())
                .distinct().toList();
    }

    /**
     * The key of a row with these texts: every folded spelling of each, separated, cut to {@code maxChars}
     * UTF-16 units (the column's size) without splitting a character.
     */
    public static String of(Collection<String> texts, int maxChars) {
        String key = String.join(SEPARATOR, texts.stream().flatMap(t -> spellings(t).stream()).distinct().toList());
        if (key.length() <= maxChars) {
            return key;
        }
        // Folding may lengthen text (ß → ss, ligatures); past the column only the last texts' tails are lost.
        int end = Character.isHighSurrogate(key.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return key.substring(0, end);
    }

    /**
     * The two {@code LIKE} patterns (escaped with backslash, without the surrounding {@code %}) that find
     * {@code filter} in a key: both spellings, or the one spelling twice. Empty strings for an empty filter.
     */
    public static List<String> likePatterns(String filter) {
        List<String> spellings = spellings(filter).stream().map(TextRules::escapeLike).toList();
        if (spellings.isEmpty()) {
            return List.of("", "");
        }
        return List.of(spellings.getFirst(), spellings.getLast());
    }
}
