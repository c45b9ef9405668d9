package org.claimdesk.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Checks every feature applies to short text fields: one line, a length in characters (code points),
 * web addresses that really are http(s), and LIKE patterns with their wildcards escaped.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Characters as people count them: Unicode code points, so an emoji is one. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The stripped value; refused when empty, too long or not a single line. */
    public static String requiredLine(String field, String label, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException(field, label + " is required.");
        }
        return line(field, label, v, max);
    }

    /** The stripped value, or null when empty; refused when too long or not a single line. */
    public static @Nullable String optionalLine(String field, String label, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() ? null : line(field, label, v, max);
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
