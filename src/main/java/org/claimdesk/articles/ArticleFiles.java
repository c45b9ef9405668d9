package org.claimdesk.articles;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.claimdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Takes the text out of an uploaded file: plain text and Markdown as they are, HTML through {@link HtmlText}. */
public final class ArticleFiles {

    /** The text of a file, and a title when the file names one (an HTML {@code <title>} or first heading). */
    public record Extracted(String text, @Nullable String title) {
    }

    public static final String ACCEPTED = ".txt, .md or .html";

    private ArticleFiles() {
    }

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
        String decoded = decodeUtf8(fileName, bytes);
        if (html) {
            return HtmlText.extract(decoded);
        }
        return new Extracted(decoded, null);
    }

    private static String decodeUtf8(String fileName, byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (s.indexOf('\0') >= 0) {
                throw notText(fileName);
            }
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw notText(fileName);
        }
    }

    private static InvalidInputException notText(String fileName) {
        return new InvalidInputException("file",
                "“" + fileName + "” does not contain UTF-8 text. Save it as UTF-8 text or HTML and try again.");
    }
}
