package org.claimdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;

/** The benchmark's article (about 3,000 words, with emoji) and random claims on it, from a fixed seed. */
final class BenchText {

    static final int WORDS = 3_000;

    private BenchText() {
    }

    /** About 3,000 words in 30 paragraphs, with an emoji now and then so code points and UTF-16 differ. */
    static String article(Random random) {
        List<String> words = Arrays.asList(("the model lab said release open weights benchmark score compute "
                + "training data safety policy company researchers reported billion parameters performance rivals "
                + "closed source spokesperson expects future announced regulators chips cluster 🤖 reasoning").split(" "));
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 30; p++) {
            for (int w = 0; w < WORDS / 30; w++) {
                text.append(words.get(random.nextInt(words.size())));
                text.append(w % 15 == 14 ? ". " : " ");
            }
            text.setLength(text.length() - 1);
            text.append(".\n");
        }
        return text.toString().strip();
    }

    /** {@code count} claims of 20–320 code points at random places, trimmed of whitespace: many overlap. */
    static List<NewClaim> claims(long articleId, String body, long speaker, int count, Random random) {
        int length = body.codePointCount(0, body.length());
        List<NewClaim> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(length - 400);
            int end = start + 20 + random.nextInt(300);
            while (Character.isWhitespace(body.codePointAt(body.offsetByCodePoints(0, start)))) {
                start++;
            }
            while (Character.isWhitespace(body.codePointAt(body.offsetByCodePoints(0, end - 1)))) {
                end--;
            }
            String quote = body.substring(body.offsetByCodePoints(0, start), body.offsetByCodePoints(0, end));
            claims.add(new NewClaim(articleId, start, end, quote, fields(speaker, random)));
        }
        return claims;
    }

    static ClaimFields fields(long speaker, Random random) {
        ClaimType[] types = ClaimType.values();
        return new ClaimFields(speaker, Attribution.values()[random.nextInt(4)], SpeakerCertainty.values()[random.nextInt(4)],
                random.nextInt(101), types[random.nextInt(types.length)], List.of("bench", "t" + random.nextInt(5)),
                random.nextBoolean() ? "Checked against the source, run " + random.nextInt(1000) : null);
    }
}
