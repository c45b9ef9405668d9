package org.claimdesk.articles;

import java.nio.charset.StandardCharsets;
import org.claimdesk.base.InvalidInputException;

/** Sizes an article may have. */
public final class ArticleLimits {
    /** Body text, counted in UTF-8 bytes after normalisation. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** The body column: a body within {@link #MAX_BODY_BYTES} never has more characters than bytes. */
    static final int MAX_BODY_CHARS = MAX_BODY_BYTES;
    /** An uploaded file, before text is taken out of it. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_OUTLET_LENGTH = 200;
    public static final int MAX_AUTHORS_LENGTH = 500;
    public static final int MAX_URL_LENGTH = 2000;

    private ArticleLimits() {
    }

    /**
     * Refuses a {@linkplain ArticleText#normalize normalised} body over {@link #MAX_BODY_BYTES}, with one
     * message for the text box and for an uploaded file, so that an upload is refused as the save would be.
     */
    static void requireBodyWithinLimit(String field, String body) {
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY_BYTES) {
            throw new InvalidInputException(field, "The article text is %,d bytes; at most %,d (1 MB) fit."
                    .formatted(bytes, MAX_BODY_BYTES));
        }
    }
}
