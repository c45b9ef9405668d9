package org.claimdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.e2e.BrowserTest;
import org.claimdesk.e2e.pages.ClaimReaderPage;
import org.claimdesk.e2e.pages.LoginPage;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim workload at size: an article of about 3,000 words with 500 claims, many overlapping.
 * Measures the server side of creating (with 10 readers of the article connected) and editing a claim;
 * the reader's first render against the same article without claims, in three rounds of 20 loads
 * each; and what reaches an open reader when someone else saves one claim: the highlighter's update
 * time and the size of the push. Run with {@code ./mvnw verify -Pbenchmark}; results go to the
 * console and target/benchmarks/claims.md.
 */
class ClaimBenchmark extends BrowserTest {

    static final int CLAIMS = 500;
    static final int EDITS = 200;
    static final int LOADS = 20;
    static final int ROUNDS = 3;
    static final int READERS = 10;
    static final int REMOTE_SAVES = 40;
    static final int ALONE = 200;

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;

    private final ObjectMapper json = new ObjectMapper();
    private final StringBuilder report = new StringBuilder();

    @Test
    void claims_at_size() throws IOException {
        Random random = new Random(42);
        users.signIn(Role.ANNOTATOR);
        String text = BenchText.article(random);
        String run = UUID.randomUUID().toString();
        Article full = articles.create(new NewArticle("Benchmark " + run, "Bench Wire", null, null, null, "en",
                text + "\nRun " + run + "."));
        Article empty = articles.create(new NewArticle("Benchmark without claims " + run, "Bench Wire", null, null,
                null, "en", text + "\nRun " + run + ", no claims."));
        long speaker = speakers.create(SpeakerFields.named("Bench speaker " + run, SpeakerKind.PERSON)).id();
        int length = full.body().codePointCount(0, full.body().length());
        TestUsers.signOut();

        List<Claim> created = serverSide(full, speaker, random);
        firstRender(full, empty);
        remoteSaves(full, speaker, created, random);

        String header = "Article of %,d words, %,d code points, %d claims (run %s)%n%n".formatted(BenchText.WORDS, length,
                CLAIMS, java.time.LocalDate.now());
        System.out.println(header + report);
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("claims.md");
        Files.writeString(out, header + report);
    }

    /** Creates with 10 readers of the article connected (each hears of every claim), then edits and loads. */
    private List<Claim> serverSide(Article article, long speaker, Random random) throws IOException {
        WebDriver readers = newBrowser(new Dimension(1280, 800));
        try {
            LoginPage.open(readers, url("/login")).signIn("viewer", TestUsers.DEMO_PASSWORD);
            for (int i = 0; i < READERS; i++) {
                if (i > 0) {
                    readers.switchTo().newWindow(WindowType.TAB);
                }
                ClaimReaderPage.open(readers, url("/articles/" + article.id()));
            }
            users.signIn(Role.ANNOTATOR);
            List<Long> createNanos = new ArrayList<>();
            List<Claim> created = new ArrayList<>();
            for (NewClaim request : BenchText.claims(article.id(), article.body(), speaker, CLAIMS, random)) {
                long t0 = System.nanoTime();
                created.add(claims.create(request));
                createNanos.add(System.nanoTime() - t0);
            }
            List<Long> editNanos = new ArrayList<>();
            for (int i = 0; i < EDITS; i++) {
                Claim current = claims.find(created.get(random.nextInt(created.size())).id()).orElseThrow();
                long t0 = System.nanoTime();
                claims.update(current.id(), current.version(), BenchText.fields(speaker, random));
                editNanos.add(System.nanoTime() - t0);
            }
            TestUsers.signOut();
            // Every reader heard of every claim: the last tab shows all of them.
            waitFor(readers, "return document.querySelector('claim-highlighter').dataset.rendered", String.valueOf(CLAIMS));
            readers.quit();

            users.signIn(Role.ANNOTATOR);
            List<Long> loadNanos = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                assertThat(claims.forArticle(article.id())).hasSize(CLAIMS);
                loadNanos.add(System.nanoTime() - t0);
            }
            Article alone = articles.create(new NewArticle("Benchmark, nobody reading " + UUID.randomUUID(), "Bench Wire",
                    null, null, null, "en", article.body() + " Nobody reads this one."));
            List<Long> aloneNanos = new ArrayList<>();
            for (NewClaim request : BenchText.claims(alone.id(), alone.body(), speaker, ALONE, random)) {
                long t0 = System.nanoTime();
                claims.create(request);
                aloneNanos.add(System.nanoTime() - t0);
            }
            TestUsers.signOut();
            report.append("| Server side | p50 | p95 | max |\n|---|---|---|---|\n");
            report.append("| create a claim, %d readers of the article connected (%d calls) | %s |%n"
                    .formatted(READERS, CLAIMS, Percentiles.row(Percentiles.millis(createNanos))));
            report.append("| edit a claim, %d readers connected (%d calls) | %s |%n".formatted(READERS, EDITS,
                    Percentiles.row(Percentiles.millis(editNanos))));
            report.append("| create a claim, nobody reading the article (%d calls) | %s |%n".formatted(ALONE,
                    Percentiles.row(Percentiles.millis(aloneNanos))));
            report.append("| load the article's %d claims (20 calls) | %s |%n%n"
                    .formatted(CLAIMS, Percentiles.row(Percentiles.millis(loadNanos))));
            return created;
        } finally {
            readers.quit();
        }
    }

    /** Navigation start to all marks drawn, loading the two articles in turns, in rounds of 20 loads each. */
    private void firstRender(Article full, Article empty) {
        loginPage().signIn("viewer", TestUsers.DEMO_PASSWORD);
        report.append("| Reader's first render in Chromium (navigation start → marks drawn) | p50 | p95 | max |\n")
                .append("|---|---|---|---|\n");
        List<String> ratios = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            List<Double> withClaims = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            List<Double> ownRender = new ArrayList<>();
            for (int i = 0; i < LOADS; i++) {
                without.add(load(empty, 0)[0]);
                double[] loaded = load(full, CLAIMS);
                withClaims.add(loaded[0]);
                ownRender.add(loaded[1]);
            }
            report.append("| round %d: %d claims (%d loads) | %s |%n".formatted(round, CLAIMS, LOADS, Percentiles.row(withClaims)));
            report.append("| round %d: the same article without claims (%d loads) | %s |%n".formatted(round, LOADS,
                    Percentiles.row(without)));
            report.append("| round %d: the highlighter's own render of %d claims | %s |%n".formatted(round, CLAIMS,
                    Percentiles.row(ownRender)));
            ratios.add("round %d: %.2f× at p95, %.2f× at p50".formatted(round,
                    Percentiles.of(withClaims, 95) / Percentiles.of(without, 95),
                    Percentiles.of(withClaims, 50) / Percentiles.of(without, 50)));
        }
        report.append("\nFirst render with 500 claims against none: ").append(String.join("; ", ratios)).append(".\n\n");
    }

    /** [navigation start → last render, that render's own time], in milliseconds. */
    private double[] load(Article article, int expected) {
        ClaimReaderPage.open(driver, url("/articles/" + article.id()));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        waitFor(driver, "return document.querySelector('claim-highlighter').dataset.rendered", String.valueOf(expected));
        double total = ((Number) js.executeScript(
                "return performance.getEntriesByName('claim-highlighter-rendered').pop().startTime")).doubleValue();
        double own = Double.parseDouble((String) js.executeScript(
                "return document.querySelector('claim-highlighter').dataset.renderMs"));
        return new double[] {total, own};
    }

    /** Another user saves one claim while a reader has the article open: that reader's update and push. */
    private void remoteSaves(Article article, long speaker, List<Claim> created, Random random) throws IOException {
        WebDriver reader = newBrowser(new Dimension(1280, 800), false,
                options -> options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL")));
        try {
            LoginPage.open(reader, url("/login")).signIn("viewer", TestUsers.DEMO_PASSWORD);
            ClaimReaderPage.open(reader, url("/articles/" + article.id()));
            waitFor(reader, "return document.querySelector('claim-highlighter').dataset.rendered", String.valueOf(CLAIMS));
            reader.manage().logs().get(LogType.PERFORMANCE);
            List<Double> editUpdate = new ArrayList<>();
            List<Double> editPush = new ArrayList<>();
            List<Double> createUpdate = new ArrayList<>();
            List<Double> createPush = new ArrayList<>();
            int shown = CLAIMS;
            users.signIn(Role.EDITOR);
            for (int i = 0; i < REMOTE_SAVES; i++) {
                if (i % 4 == 3) {
                    NewClaim request = BenchText.claims(article.id(), article.body(), speaker, 1, random).getFirst();
                    claims.create(request);
                    shown++;
                    waitFor(reader, "return document.querySelector('claim-highlighter').dataset.rendered", String.valueOf(shown));
                    record(reader, createUpdate, createPush);
                } else {
                    Claim current = claims.find(created.get(random.nextInt(created.size())).id()).orElseThrow();
                    ClaimFields fields = BenchText.fields(speaker, random);
                    int confidence = (current.confidence() + 1 + random.nextInt(99)) % 101;
                    claims.update(current.id(), current.version(), new ClaimFields(fields.speakerId(),
                            fields.attribution(), fields.certainty(), confidence, fields.type(), fields.tags(), fields.note()));
                    waitFor(reader, "return String(document.querySelector('claim-highlighter').claims.get(" + current.id()
                            + ").confidence)", String.valueOf(confidence));
                    record(reader, editUpdate, editPush);
                }
            }
            TestUsers.signOut();
            report.append("| When another user saves one claim, the open reader (%d saves) | p50 | p95 | max |%n"
                    .formatted(REMOTE_SAVES)).append("|---|---|---|---|\n");
            report.append("| highlighter update after an edit (%d) | %s |%n".formatted(editUpdate.size(), Percentiles.row(editUpdate)));
            report.append("| highlighter update after a new claim (%d) | %s |%n".formatted(createUpdate.size(),
                    Percentiles.row(createUpdate)));
            report.append("| push carrying an edit, bytes | %s |%n".formatted(bytes(editPush)));
            report.append("| push carrying a new claim, bytes | %s |%n".formatted(bytes(createPush)));
        } finally {
            reader.quit();
        }
    }

    /** The highlighter's time for the update just shown, and the bytes of the push frames that carried it. */
    private void record(WebDriver reader, List<Double> updates, List<Double> pushes) {
        updates.add(Double.parseDouble((String) ((JavascriptExecutor) reader).executeScript(
                "return document.querySelector('claim-highlighter').dataset.renderMs")));
        double bytes = 0;
        for (LogEntry entry : reader.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString("").equals("Network.webSocketFrameReceived")) {
                String payload = message.path("params").path("response").path("payloadData").asString("");
                if (payload.contains("applyChanges")) {
                    bytes += payload.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        assertThat(bytes).as("a push frame carried the change").isPositive();
        pushes.add(bytes);
    }

    private static String bytes(List<Double> sizes) {
        return "%,.0f | %,.0f | %,.0f".formatted(Percentiles.of(sizes, 50), Percentiles.of(sizes, 95), Percentiles.of(sizes, 100));
    }

    private static void waitFor(WebDriver browser, String script, String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> expected.equals(
                String.valueOf(((JavascriptExecutor) d).executeScript(script))));
    }
}
