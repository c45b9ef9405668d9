package org.claimdesk.claims;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.ArticleSummary;
import org.claimdesk.articles.DemoArticles;
import org.claimdesk.security.DemoSignIn;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With the demo profile, the demo article gets the worked example in {@code demo/seed-claims.tsv}
 * (two of its claims overlap on purpose), recorded by the demo annotator through the claim service.
 */
@Component
@Profile("demo")
@Order(20)
class DemoClaims implements ApplicationRunner {

    static final String RESOURCE = "demo/seed-claims.tsv";
    static final String AUTHOR = "annotator";

    private final ArticleService articles;
    private final ClaimService claims;
    private final SpeakerService speakers;
    private final SpeakerRepository speakerRepository;
    private final DemoSignIn signIn;

    DemoClaims(ArticleService articles, ClaimService claims, SpeakerService speakers,
            SpeakerRepository speakerRepository, DemoSignIn signIn) {
        this.articles = articles;
        this.claims = claims;
        this.speakers = speakers;
        this.speakerRepository = speakerRepository;
        this.signIn = signIn;
    }

    @Override
    public void run(ApplicationArguments args) {
        signIn.as(AUTHOR, () -> articles.findByContentHash(DemoArticles.contentHash())
                .filter(article -> claims.forArticle(article.id()).isEmpty())
                .ifPresent(this::seed));
    }

    private void seed(ArticleSummary article) {
        String body = DemoArticles.body();
        for (CSVRecord row : rows()) {
            String quote = row.get("quote");
            int at = body.indexOf(quote);
            if (at < 0 || body.indexOf(quote, at + 1) >= 0) {
                throw new IllegalStateException("Demo claim quote must occur exactly once: " + quote);
            }
            int start = body.codePointCount(0, at);
            int end = start + quote.codePointCount(0, quote.length());
            Speaker speaker = speaker(row.get("speaker"), row.get("speaker_kind"));
            ClaimFields fields = new ClaimFields(speaker.id(), attribution(row.get("attribution")),
                    SpeakerCertainty.valueOf(row.get("speaker_certainty").toUpperCase(Locale.ROOT)),
                    Integer.parseInt(row.get("annotator_confidence")), ClaimType.ofLabel(row.get("claim_type")),
                    List.of("demo"), null);
            claims.create(new NewClaim(article.id(), start, end, quote, fields));
        }
    }

    private Speaker speaker(String name, String kind) {
        return speakerRepository.findByNameIgnoreCase(name).stream().findFirst()
                .map(StoredSpeaker::toSpeaker)
                .orElseGet(() -> speakers.create(SpeakerFields.named(name,
                        SpeakerKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace(' ', '_')))));
    }

    private static Attribution attribution(String label) {
        return Attribution.valueOf(label.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private static List<CSVRecord> rows() {
        CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            return tsv.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo claims missing from the classpath: " + RESOURCE, e);
        }
    }
}
