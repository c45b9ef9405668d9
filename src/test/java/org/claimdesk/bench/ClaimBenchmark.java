package org.claimdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.e2e.BrowserTest;
import org.claimdesk.e2e.pages.ClaimReaderPage;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim workload at size: an article of about 3,000 words with 500 claims, many overlapping.
 * Measures the server side of creating and editing a claim (the service call with its transaction,
 * anchor check, database write and live-update fan-out) and the reader's first render in Chromium.
 * Run with {@code ./mvnw verify -Pbenchmark}; results go to the console and target/benchmarks/claims.md.
 */
class ClaimBenchmark extends BrowserTest {

    static final int WORDS = 3_000;
    static final int CLAIMS = 500;
    static final int EDITS = 200;
    static final int RENDERS = 7;

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;

    @Test
    void claims_at_size() throws IOException {
        Random random = new Random(42);
        users.signIn(Role.ANNOTATOR);
        Article article = articles.create(new NewArticle("Benchmark " + UUID.randomUUID(), "Bench Wire", null, null, null,
                "en", article(random) + "\nRun " + UUID.randomUUID() + "."));
        String body = article.body();
        int length = body.codePointCount(0, body.length());
        long speaker = speakers.create(SpeakerFields.named("Bench speaker " + UUID.randomUUID(), SpeakerKind.PERSON)).id();

        List<Long> createNanos = new ArrayList<>();
        List<Claim> created = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            int start = random.nextInt(length - 400);
            int end = start + 20 + random.nextInt(300);
            while (Character.isWhitespace(body.codePointAt(body.offsetByCodePoints(0, start)))) {
                start++;
            }
            while (Character.isWhitespace(body.codePointAt(body.offsetByCodePoints(0, end - 1)))) {
                end--;
            }
            String quote = body.substring(body.offsetByCodePoints(0, start), body.offsetByCodePoints(0, end));
            NewClaim request = new NewClaim(article.id(), start, end, quote, fields(speaker, random));
            long t0 = System.nanoTime();
            created.add(claims.create(request));
            createNanos.add(System.nanoTime() - t0);
        }
        List<Long> editNanos = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            Claim claim = created.get(random.nextInt(created.size()));
            Claim current = claims.find(claim.id()).orElseThrow();
            long t0 = System.nanoTime();
            claims.update(current.id(), current.version(), fields(speaker, random));
            editNanos.add(System.nanoTime() - t0);
        }
        List<Long> loadNanos = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            assertThat(claims.forArticle(article.id())).hasSize(CLAIMS);
            loadNanos.add(System.nanoTime() - t0);
        }
        TestUsers.signOut();

        loginPage().signIn("viewer", TestUsers.DEMO_PASSWORD);
        List<Double> firstRender = new ArrayList<>();
        List<Double> componentRender = new ArrayList<>();
        for (int i = 0; i < RENDERS; i++) {
            ClaimReaderPage.open(driver, url("/articles/" + article.id()));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d ->
                    String.valueOf(CLAIMS).equals(js.executeScript("return document.querySelector('claim-highlighter').dataset.rendered")));
            firstRender.add(((Number) js.executeScript(
                    "return performance.getEntriesByName('claim-highlighter-rendered').pop().startTime")).doubleValue());
            componentRender.add(Double.parseDouble((String) js.executeScript(
                    "return document.querySelector('claim-highlighter').dataset.renderMs")));
        }
        long marks = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('claim-highlighter .hl-mark').length");
        long deepest = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(...[...document.querySelectorAll('claim-highlighter .hl-mark')].map(m => Number(m.dataset.depth)))");

        String report = """
                | What (article of %,d words, %,d code points, %d claims; %d marked pieces, up to %d claims deep) | p50 | p95 | max |
                |---|---|---|---|
                | create a claim, server side (%d calls) | %s | %s | %s |
                | edit a claim, server side (%d calls) | %s | %s | %s |
                | load the article's %d claims (%d calls) | %s | %s | %s |
                | reader first render in Chromium: navigation start → all marks drawn (%d loads) | %s | %s | %s |
                | highlighter's own render of the %d claims (%d loads) | %s | %s | %s |
                """.formatted(WORDS, length, CLAIMS, marks, deepest,
                CLAIMS, ms(createNanos, 50), ms(createNanos, 95), ms(createNanos, 100),
                EDITS, ms(editNanos, 50), ms(editNanos, 95), ms(editNanos, 100),
                CLAIMS, loadNanos.size(), ms(loadNanos, 50), ms(loadNanos, 95), ms(loadNanos, 100),
                RENDERS, msOf(firstRender, 50), msOf(firstRender, 95), msOf(firstRender, 100),
                CLAIMS, RENDERS, msOf(componentRender, 50), msOf(componentRender, 95), msOf(componentRender, 100));
        System.out.println(report);
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("claims.md");
        Files.writeString(out, report);
        assertThat(created).hasSize(CLAIMS);
    }

    static ClaimFields fields(long speaker, Random random) {
        ClaimType[] types = ClaimType.values();
        return new ClaimFields(speaker, Attribution.values()[random.nextInt(4)], SpeakerCertainty.values()[random.nextInt(4)],
                random.nextInt(101), types[random.nextInt(types.length)], List.of("bench", "t" + random.nextInt(5)),
                random.nextBoolean() ? "Checked against the source, run " + random.nextInt(1000) : null);
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

    static String ms(List<Long> nanos, int percentile) {
        return msOf(nanos.stream().map(n -> n / 1e6).toList(), percentile);
    }

    static String msOf(List<Double> millis, int percentile) {
        List<Double> sorted = millis.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return "%.1f ms".formatted(sorted.get(Math.max(0, index)));
    }
}
