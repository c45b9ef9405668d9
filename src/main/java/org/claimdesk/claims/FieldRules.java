package org.claimdesk.claims;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Checks and cleans what people type into claim and speaker fields. Text stays text: nothing is interpreted as HTML. */
final class FieldRules {

    static final int MAX_NOTE = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_TAG = 100;
    static final int MAX_TAGS = 30;

    private FieldRules() {
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    static String requiredLine(String field, String label, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException(field, label + " is required.");
        }
        return line(field, label, v, max);
    }

    static @Nullable String optionalLine(String field, String label, @Nullable String value, int max) {
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

    static @Nullable String note(@Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (length(v) > MAX_NOTE) {
            throw new InvalidInputException("note",
                    "The note has %,d characters; at most %,d are allowed.".formatted(length(v), MAX_NOTE));
        }
        return v.replace("\r\n", "\n");
    }

    static int confidence(int value) {
        if (value < 0 || value > 100) {
            throw new InvalidInputException("confidence", "Confidence is a whole number from 0 to 100.");
        }
        return value;
    }

    /** Trimmed, without empties or repeats (ignoring case), in the order given. */
    static List<String> tags(List<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (String raw : values) {
            String tag = optionalLine("tags", "A tag", raw, MAX_TAG);
            if (tag != null && seen.add(tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", "At most %d tags fit on one claim.".formatted(MAX_TAGS));
        }
        return tags;
    }

    static @Nullable String webAddress(String field, @Nullable String value) {
        String v = optionalLine(field, "The link", value, 500);
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
}
