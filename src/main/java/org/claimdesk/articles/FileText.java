package org.claimdesk.articles;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claimdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Decodes an uploaded file strictly: a byte-order mark tells UTF-8 or UTF-16 and wins over anything
 * else; without one, the encoding the caller determined (UTF-8 for plain text, the declared one for
 * HTML). Bytes that are not text in that encoding, or NUL characters, refuse the file rather than
 * bring replacement characters into an article.
 */
final class FileText {

    private FileText() {
    }

    /** The encoding a byte-order mark at the start of {@code bytes} names, or null without one. */
    static @Nullable Charset byBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The text of {@code bytes}, without its byte-order mark; {@code charset} applies when there is none. */
    static String decode(String fileName, byte[] bytes, Charset charset) {
        Charset bom = byBom(bytes);
        Charset used = bom == null ? charset : bom;
        try {
            String s = used.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (s.indexOf('\0') >= 0) {
                throw notText(fileName, used);
            }
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw notText(fileName, used);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException notText(String fileName, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new InvalidInputException("file",
                    "“" + fileName + "” does not contain UTF-8 text. Save it as UTF-8 text or HTML and try again.");
        }
        return new InvalidInputException("file", "“" + fileName + "” does not contain " + charset.displayName()
                + " text, as it says it does. Save it as UTF-8 text or HTML and try again.");
    }
}
