package org.claimdesk.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.jspecify.annotations.Nullable;

/** Checks and cleans what people type into claim and speaker fields. Text stays text: nothing is interpreted as HTML. */
final class FieldRules {

    static final int MAX_NOTE = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_TAG = 100;
    static final int MAX_TAGS = 30;

    private FieldRules() {
    }

    static @Nullable String note(@Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (!TextRules.hasVisibleText(v)) {
            return null;
        }
        if (TextRules.length(v) > MAX_NOTE) {
            throw new InvalidInputException("note",
                    "The note has %,d characters; at most %,d are allowed.".formatted(TextRules.length(v), MAX_NOTE));
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
            String tag = TextRules.optionalLine("tags", "A tag", raw, MAX_TAG);
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
        return TextRules.webAddress(field, "The link", value, 500);
    }
}
