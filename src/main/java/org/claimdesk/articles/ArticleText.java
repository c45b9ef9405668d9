package org.claimdesk.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * The one normalisation every body goes through before it is stored, so that offsets computed on the
 * server and in the browser count the same text: Unicode NFC, and LF for every CRLF or lone CR.
 * Nothing else is changed: no trimming inside the text, no whitespace folding.
 */
public final class ArticleText {

    private ArticleText() {
    }

    public static String normalize(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    /** SHA-256 of the UTF-8 bytes, as 64 lowercase hex digits. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Languages written right to left (by their ISO 639 code), as CLDR lists them for the scripts they use. */
    private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "arc", "ckb", "dv", "fa", "he",
            "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi");

    /** Whether text in this language (a BCP 47 tag such as {@code ar} or {@code fa-IR}) runs right to left. */
    public static boolean isRightToLeft(String languageTag) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(languageTag);
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return java.util.Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg").contains(script);
        }
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /** The paragraphs of a stored body: its non-blank lines. */
    public static List<String> paragraphs(String body) {
        return body.lines().filter(line -> !line.isBlank()).toList();
    }
}
