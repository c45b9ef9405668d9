package org.claimdesk.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.ibm.icu.util.ULocale;

/**
 * The one normalisation every body goes through before it is stored, so that offsets computed on the
 * server and in the browser count the same text: Unicode NFC, and LF for every CRLF or lone CR.
 * Nothing else is changed: no trimming inside the text, no whitespace folding. Duplicates are found on
 * a folded form ({@link #matchHash}), never by changing the stored text.
 */
public final class ArticleText {

    private static final Pattern SPACING = Pattern.compile("\\p{IsWhite_Space}+");

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

    /**
     * Whether text in this language (a BCP 47 tag such as {@code ar}, {@code fa-IR} or {@code az-Arab})
     * runs right to left, from ICU's locale data (the likely script of the language).
     */
    public static boolean isRightToLeft(String languageTag) {
        return ULocale.forLanguageTag(languageTag).isRightToLeft();
    }

    /**
     * The hash that near-duplicates share: SHA-256 of the {@linkplain #normalize normalised} text with
     * every run of white space (non-breaking spaces and tabs included) made one space, each line trimmed
     * and blank lines dropped. A trailing newline, or blank lines between paragraphs as a copy from the
     * reader has them, do not change it; a different word or paragraph break does.
     */
    static String matchHash(String text) {
        String folded = normalize(text).lines()
                .map(line -> SPACING.matcher(line).replaceAll(" ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
        return sha256(folded);
    }

    /** The paragraphs of a stored body: its non-blank lines. */
    public static List<String> paragraphs(String body) {
        return body.lines().filter(line -> !line.isBlank()).toList();
    }
}
