package org.claimdesk.articles;

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
}
