package org.claimdesk.base;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Checks every feature applies to short text fields: one line, a length in characters (code points),
 * something visible in it, web addresses that really are http(s), and LIKE patterns with their
 * wildcards escaped.
 */
public final class TextRules {

    /** The end of a message about text that has nothing visible in it. */
    public static final String INVISIBLE =
            "it has only invisible characters (such as zero-width or non-breaking spaces).";

    private TextRules() {
    }

    /** Characters as people count them: Unicode code points, so an emoji is one. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Whether a reader would see anything of {@code text}: at least one character that is not white
     * space, not a separator, control or format character (zero-width space, BOM, word joiner, …), not
     * default-ignorable (Hangul fillers, variation selectors, …), not a lone surrogate and not unassigned.
     * Decided by Unicode properties, so every such character counts, not only the well-known ones.
     */
    public static boolean hasVisibleText(String text) {
        return text.codePoints().anyMatch(TextRules::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        if (UCharacter.hasBinaryProperty(codePoint, UProperty.WHITE_SPACE)
                || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return false;
        }
        return switch (UCharacter.getType(codePoint)) {
            case UCharacterCategory.CONTROL, UCharacterCategory.FORMAT, UCharacterCategory.SURROGATE,
                    UCharacterCategory.UNASSIGNED, UCharacterCategory.SPACE_SEPARATOR,
                    UCharacterCategory.LINE_SEPARATOR, UCharacterCategory.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The stripped value; refused when empty, invisible, too long or not a single line. */
    public static String requiredLine(String field, String label, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException(field, label + " is required.");
        }
        if (!hasVisibleText(v)) {
            throw new InvalidInputException(field, label + " is required: " + INVISIBLE);
        }
        return line(field, label, v, max);
    }

    /** The stripped value, or null when nothing visible is left; refused when too long or not a single line. */
    public static @Nullable String optionalLine(String field, String label, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        return hasVisibleText(v) ? line(field, label, v, max) : null;
    }

    private static String line(String field, String label, String v, int max) {
        if (length(v) > max) {
            throw new InvalidInputException(field,
                    "%s has %,d characters; at most %,d are allowed.".formatted(label, length(v), max));
        }
        if (v.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidInputException(field, label + " must be a single line of text.");
        }
        return v;
    }

    /** An optional http or https address with a host; anything else (javascript:, ftp:, junk) is refused. */
    public static @Nullable String webAddress(String field, String label, @Nullable String value, int max) {
        String v = optionalLine(field, label, value, max);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // the message below says what is expected
        }
        throw new InvalidInputException(field, "Enter a web address starting with http:// or https://.");
    }

    /** {@code text} for a LIKE pattern with {@code escape '\'}: its %, _ and \ match themselves. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
