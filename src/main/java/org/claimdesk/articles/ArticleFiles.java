package org.claimdesk.articles;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.jspecify.annotations.Nullable;

/** Takes the text out of an uploaded file: plain text and Markdown as they are, HTML through {@link HtmlText}. */
public final class ArticleFiles {

    /** The text of a file, and a title when the file names one (an HTML {@code <title>} or first heading). */
    public record Extracted(String text, @Nullable String title) {
    }

    public static final String ACCEPTED = ".txt, .md or .html";

    private ArticleFiles() {
    }

    /**
     * The text of an uploaded file. Plain text is UTF-8, or UTF-16 with a byte-order mark; HTML is read in
     * the encoding its byte-order mark or {@code <meta charset>} declares. A file is refused, at the
     * field {@code file}, when it is not text, has nothing visible, or holds more text than an article
     * may have: the same limit the save applies, so nothing is loaded that could not be added.
     */
    public static Extracted extract(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        boolean text = name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
        if (!html && !text) {
            throw new InvalidInputException("file", "“" + fileName + "” is not a " + ACCEPTED + " file.");
        }
        if (bytes.length > ArticleLimits.MAX_UPLOAD_BYTES) {
            throw new InvalidInputException("file", "The file is larger than 5 MB.");
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        Extracted extracted = html
                ? HtmlText.extract(FileText.decode(fileName, bytes, HtmlText.declaredCharset(bytes)))
                : new Extracted(FileText.decode(fileName, bytes, StandardCharsets.UTF_8), null);
        String body = ArticleText.normalize(extracted.text());
        if (!TextRules.hasVisibleText(body)) {
            throw new InvalidInputException("file", "“" + fileName + "” has no visible text.");
        }
        ArticleLimits.requireBodyWithinLimit("file", body);
        return extracted;
    }
}
