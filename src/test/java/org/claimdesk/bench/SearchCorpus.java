package org.claimdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.SpeakerCertainty;

/**
 * A deterministic corpus for the search benchmark, written straight into the tables (the services would take hours
 * for a million claims): articles whose text is their claims' quotes, speakers of Zipf-like popularity, quotes of
 * 6–40 words drawn with Zipf-like frequency from a vocabulary of news words, mixed types, confidences and tags.
 */
final class SearchCorpus {

    static final String[] VOCABULARY = ("""
            the of and to in a is that for it as was with be by on not he this are or his from at which but have an
            they you were their one all we can her has there been if more when will would who so no model models
            company companies said says lab labs release released open closed source weights benchmark benchmarks
            score scores compute training trained data safety policy researchers reported billion million parameters
            performance rivals spokesperson expects future announced regulators chips cluster reasoning agents agent
            language large small frontier research paper results claims claimed test tests evaluation accuracy users
            customers revenue market investors funding valuation startup startups partnership deal deals government
            law laws regulation rules europe china american united states congress senate commission office court
            lawsuit copyright licence license developers code coding software hardware nvidia meta google openai
            anthropic microsoft amazon apple xai deepmind mistral llama gemini claude behemoth superintelligence
            artificial intelligence machine learning neural network networks datacenter datacenters energy power
            electricity water cost costs price prices cheaper faster slower better worse best worst new old first
            last next year years month months week weeks day days quarter earnings profit profits loss losses growth
            decline jobs workers employees hiring layoffs team teams leader leaders chief executive officer ceo cto
            founder founders board members member staff engineers engineer scientist scientists experts expert critics
            critic analysts analyst report reports news article interview statement statements blog post posts video
            demo demos product products launch launched launches delay delayed delays plan plans planned strategy
            strategic goal goals mission vision risk risks harm harms misuse abuse security privacy bias fairness
            transparency audit audits oversight control controls access api apis platform platforms cloud service
            services subscription free paid premium enterprise consumer consumers mobile phone phones device devices
            image images text speech voice music art artists writers authors books publishers newspapers media
            journalists election elections misinformation disinformation deepfake deepfakes content moderation
            internal external public private secret leak leaked leaks memo documents document email emails sources
            source according familiar person people matter matters told tell telling asked ask asking declined
            comment confirmed denied deny denies suggested suggests believe believes think thinks expect likely
            unlikely possible impossible could might may must should would shall can cannot will won't
            significant major minor huge massive tiny modest dramatic sudden gradual rapid slow steady strong weak
            capable capability capabilities breakthrough breakthroughs milestone milestones progress advance advances
            leading lagging behind ahead competition competitive competitor competitors dominance dominant share
            percent percentage rate rates number numbers figure figures estimate estimates forecast forecasts
            prediction predictions predict predicts predicted double triple half twice times level levels record
            records high higher highest low lower lowest human humans world global international national local
            """).trim().split("\\s+");

    static final ClaimType[] TYPES = ClaimType.values();

    private final Random random;
    private final Zipf words;
    private final Zipf speakers;
    private final int speakerCount;

    SearchCorpus(long seed, int speakerCount) {
        this.random = new Random(seed);
        this.words = new Zipf(VOCABULARY.length, 1.0, random);
        this.speakers = new Zipf(speakerCount, 1.1, random);
        this.speakerCount = speakerCount;
    }

    String quote() {
        int n = 6 + random.nextInt(35);
        StringBuilder quote = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                quote.append(' ');
            }
            quote.append(VOCABULARY[words.next()]);
        }
        return quote.toString();
    }

    /** Writes {@code articles} articles of {@code claimsPerArticle} claims each; returns the claims written. */
    long write(DataSource dataSource, int articles, int claimsPerArticle) throws Exception {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            long firstSpeaker = speakers(db);
            long claims = 0;
            try (PreparedStatement article = db.prepareStatement("insert into article (title, outlet, url, published_on,"
                    + " language, body, content_hash, match_hash, search_key, created_by, created_at, version)"
                    + " values (?, ?, null, ?, 'en', ?, ?, ?, ?, 'bench', ?, 0)", new String[] {"id"});
                    PreparedStatement claim = db.prepareStatement("insert into claim (article_id, start_offset, end_offset,"
                            + " quote, prefix, suffix, speaker_id, attribution, certainty, confidence, claim_type, note,"
                            + " status, created_by, created_at, updated_by, updated_at, version)"
                            + " values (?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0)",
                            new String[] {"id"});
                    PreparedStatement tag = db.prepareStatement("insert into claim_tag (claim_id, tag) values (?, ?)")) {
                Instant start = Instant.parse("2025-01-01T00:00:00Z");
                for (int a = 0; a < articles; a++) {
                    List<String> quotes = new ArrayList<>();
                    StringBuilder body = new StringBuilder();
                    for (int c = 0; c < claimsPerArticle; c++) {
                        String q = quote();
                        quotes.add(q);
                        body.append(q).append(c % 5 == 4 ? ".\n" : ". ");
                    }
                    String firstWords = quote();
                    String title = firstWords.substring(0, Math.min(firstWords.length(), 40)).strip() + " " + a;
                    String hash = Long.toHexString(random.nextLong()) + a;
                    article.setString(1, title);
                    article.setString(2, "Outlet " + (a % 40));
                    article.setObject(3, LocalDate.of(2025, 1, 1).plusDays(a % 600));
                    article.setString(4, body.toString());
                    article.setString(5, hash);
                    article.setString(6, hash);
                    article.setString(7, title.toLowerCase());
                    article.setTimestamp(8, Timestamp.from(start.plusSeconds(a * 600L)));
                    article.executeUpdate();
                    long articleId;
                    try (var keys = article.getGeneratedKeys()) {
                        keys.next();
                        articleId = keys.getLong(1);
                    }
                    int offset = 0;
                    for (int c = 0; c < claimsPerArticle; c++) {
                        String q = quotes.get(c);
                        Instant at = start.plusSeconds(a * 600L + c);
                        claim.setLong(1, articleId);
                        claim.setInt(2, offset);
                        claim.setInt(3, offset + q.length());
                        claim.setString(4, q);
                        claim.setLong(5, firstSpeaker + speakers.next());
                        claim.setString(6, Attribution.values()[random.nextInt(4)].name());
                        claim.setString(7, SpeakerCertainty.values()[random.nextInt(4)].name());
                        claim.setInt(8, Math.min(100, (int) Math.abs(random.nextGaussian() * 20 + 65)));
                        claim.setString(9, TYPES[random.nextInt(TYPES.length)].name());
                        claim.setString(10, random.nextInt(10) == 0 ? "check " + VOCABULARY[words.next()] : null);
                        claim.setString(11, "annotator" + random.nextInt(25));
                        claim.setTimestamp(12, Timestamp.from(at));
                        claim.setString(13, "annotator");
                        claim.setTimestamp(14, Timestamp.from(at));
                        claim.addBatch();
                        offset += q.length() + 2;
                    }
                    claim.executeBatch();
                    try (var keys = claim.getGeneratedKeys()) {
                        while (keys.next()) {
                            long id = keys.getLong(1);
                            if (id % 3 == 0) {
                                tag.setLong(1, id);
                                tag.setString(2, VOCABULARY[50 + (int) (id % 200)]);
                                tag.addBatch();
                            }
                        }
                    }
                    tag.executeBatch();
                    claims += claimsPerArticle;
                    if (a % 200 == 199) {
                        db.commit();
                    }
                }
            }
            db.commit();
            return claims;
        }
    }

    private long speakers(Connection db) throws Exception {
        long first = -1;
        try (PreparedStatement speaker = db.prepareStatement("insert into speaker (name, kind, search_key, created_by,"
                + " created_at, version) values (?, 'PERSON', ?, 'bench', ?, 0)", new String[] {"id"})) {
            for (int s = 0; s < speakerCount; s++) {
                String name = "Speaker " + VOCABULARY[s % VOCABULARY.length] + " " + s;
                speaker.setString(1, name);
                speaker.setString(2, name.toLowerCase());
                speaker.setTimestamp(3, Timestamp.from(Instant.now()));
                speaker.executeUpdate();
                try (var keys = speaker.getGeneratedKeys()) {
                    keys.next();
                    if (first < 0) {
                        first = keys.getLong(1);
                    }
                }
            }
        }
        return first;
    }

    /** Ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s, by inverting the cumulative distribution. */
    static final class Zipf {
        private final double[] cumulative;
        private final Random random;

        Zipf(int n, double s, Random random) {
            this.random = random;
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next() {
            int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
        }
    }
}
