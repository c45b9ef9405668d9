package org.claimdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.search.IndexStatus;
import org.claimdesk.search.SearchCursor;
import org.claimdesk.search.SearchPage;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.claimdesk.search.SearchSort;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search at size: 1,000,000 claims over 20,000 articles from {@link SearchCorpus}. Measures a full rebuild (claims per
 * second), the time from a commit to searchable, and a fixed mix of queries three ways on the same data: through
 * {@link SearchService} (query parsing, count, facets where asked, highlighted hits), through a raw Lucene
 * {@link IndexSearcher} on the same index (parse, top 20 in the same order, count, stored fields: the limit), and the
 * free-text ones as SQL {@code LIKE '%…%'} (the naive way). Run with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=SearchBenchmark}; {@code -Dbench.claims=100000} for a smaller run.
 * Results go to the console and target/benchmarks/search.md.
 */
@SpringBootTest
@ActiveProfiles("demo")
class SearchBenchmark {

    static final int CLAIMS = Integer.getInteger("bench.claims", 1_000_000);
    static final int PER_ARTICLE = 50;
    static final int RUNS = 30;
    static final int LIKE_RUNS = 5;

    @Autowired SearchService search;
    @Autowired ClaimRecords records;
    @Autowired ClaimService claims;
    @Autowired ArticleService articles;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Value("${claimdesk.data-dir}") Path dataDir;

    final StringBuilder report = new StringBuilder();

    record Case(String name, SearchQuery query, boolean facets, int page, Query raw, String likeWord) {
    }

    @Test
    void search_at_a_million_claims() throws Exception {
        long t0 = System.nanoTime();
        long written = new SearchCorpus(20261203L, 2_000).write(dataSource, CLAIMS / PER_ARTICLE, PER_ARTICLE);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        users.signIn(Role.ADMIN);
        long total = records.count();

        long r0 = System.nanoTime();
        search.rebuild();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .until(() -> !search.status().rebuilding());
        double rebuildSeconds = (System.nanoTime() - r0) / 1e9;
        IndexStatus status = search.status();
        assertThat(status.documents()).isEqualTo(total);
        line("%,d claims generated in %.0f s; %,d in the index (with the demo claims).", written, generateSeconds,
                status.documents());
        line("");
        line("| Rebuild | claims | seconds | claims/s (goal ≥ 50,000) |");
        line("|---|---|---|---|");
        line("| full rebuild from the database | %,d | %.1f | %,.0f |", total, rebuildSeconds, total / rebuildSeconds);

        List<Double> searchable = commitToSearchable();
        line("");
        line("| Commit to searchable (20 claims created through ClaimService) | p50 | p95 | max |");
        line("|---|---|---|---|");
        line("| goal: within 1 s | %s |", Percentiles.row(searchable));

        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dataDir.resolve("index")))) {
            IndexSearcher raw = new IndexSearcher(reader);
            line("");
            line("| Query | SearchService p50 | p95 | raw Lucene p50 | p95 | service ÷ raw (p95, goal ≤ 1.3) | SQL LIKE p50 | p95 | LIKE ÷ service (p95, goal ≥ 100) |");
            line("|---|---|---|---|---|---|---|---|---|");
            for (Case c : cases()) {
                List<Double> service = time(RUNS, () -> serviceRun(c));
                List<Double> lucene = time(RUNS, () -> rawRun(raw, c));
                String like = "n/a | n/a | n/a";
                if (c.likeWord() != null) {
                    List<Double> sql = time(LIKE_RUNS, () -> likeRun(c.likeWord()));
                    like = "%s | %s | %.0f×".formatted(Percentiles.ms(Percentiles.of(sql, 50)),
                            Percentiles.ms(Percentiles.of(sql, 95)), Percentiles.of(sql, 95) / Percentiles.of(service, 95));
                }
                line("| %s | %s | %s | %s | %s | %.2f× | %s |", c.name(), Percentiles.ms(Percentiles.of(service, 50)),
                        Percentiles.ms(Percentiles.of(service, 95)), Percentiles.ms(Percentiles.of(lucene, 50)),
                        Percentiles.ms(Percentiles.of(lucene, 95)),
                        Percentiles.of(service, 95) / Percentiles.of(lucene, 95), like);
            }
        }
        String text = report.toString();
        System.out.println(text);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "search.md"), text, StandardCharsets.UTF_8);
    }

    List<Case> cases() throws Exception {
        StandardQueryParser parser = new StandardQueryParser(analyzer());
        parser.setMultiFields(new String[] {"quote", "note", "tags", "speaker"});
        parser.setDefaultOperator(StandardQueryConfigHandler.Operator.AND);
        Query capability = new TermQuery(org.apache.lucene.facet.DrillDownQuery.term("$facets", "type", "CAPABILITY"));
        return List.of(
                new Case("free text: one word (`regulators`)", SearchQuery.of("regulators"), false, 1,
                        parser.parse("regulators", null), "regulators"),
                new Case("free text: two words (`chips energy`)", SearchQuery.of("chips energy"), false, 1,
                        parser.parse("chips energy", null), "chips"),
                new Case("phrase (`\"open weights\"`)", SearchQuery.of("\"open weights\""), false, 1,
                        parser.parse("\"open weights\"", null), "open weights"),
                new Case("field + range (`speaker:\"speaker the 0\" AND confidence:[70 TO 100]`)",
                        SearchQuery.of("speaker:\"speaker the 0\" AND confidence:[70 TO 100]"), false, 1,
                        new BooleanQuery.Builder().add(parser.parse("speaker:\"speaker the 0\"", null),
                                BooleanClause.Occur.MUST).add(org.apache.lucene.document.IntPoint.newRangeQuery(
                                        "confidence", 70, 100), BooleanClause.Occur.MUST).build(), null),
                new Case("boolean with a facet filter and facet counts (`(safety OR risk) NOT china`, type)",
                        new SearchQuery("(safety OR risk) NOT china", Map.of("type", Set.of("CAPABILITY")),
                                SearchSort.RELEVANCE), true, 1,
                        new BooleanQuery.Builder().add(parser.parse("(safety OR risk) NOT china", null),
                                BooleanClause.Occur.MUST).add(capability, BooleanClause.Occur.FILTER).build(), null),
                new Case("deep page 500 of 20 (`model`)", SearchQuery.of("model"), false, 500,
                        parser.parse("model", null), null));
    }

    private static org.apache.lucene.analysis.Analyzer analyzer() {
        return new org.apache.lucene.analysis.Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var words = new org.apache.lucene.analysis.standard.StandardTokenizer();
                return new TokenStreamComponents(words, new ICUFoldingFilter(words));
            }
        };
    }

    /** What the search view does for a page: the page (with total and highlighted hits), facets when shown. */
    void serviceRun(Case c) {
        SearchCursor cursor = null;
        int offset = 0;
        int target = (c.page() - 1) * 20;
        if (target > 0) { // as the view's pager reaches a deep page
            cursor = search.skip(c.query(), null, target);
        }
        SearchPage page = search.page(c.query(), cursor, 20);
        if (c.facets()) {
            search.facets(c.query(), 10);
        }
        assertThat(page.total()).as(c.name()).isPositive();
    }

    /** The least Lucene can do for the same page: top hits in the same order, the count, their stored fields. */
    static void rawRun(IndexSearcher searcher, Case c) {
        try {
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("id_sort", SortField.Type.LONG, true));
            TopDocs top = searcher.search(c.raw(), c.page() * 20, sort, true);
            searcher.count(c.raw());
            ScoreDoc[] docs = top.scoreDocs;
            var stored = searcher.storedFields();
            for (int i = Math.max(0, docs.length - 20); i < docs.length; i++) {
                stored.document(docs[i].doc);
            }
            if (c.facets()) {
                new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(
                        new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
                                new org.apache.lucene.facet.FacetsConfig()),
                        searcher.search(c.raw(), new org.apache.lucene.facet.FacetsCollectorManager()));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The naive way: the newest 20 claims whose quote contains the words, and how many there are. */
    void likeRun(String words) {
        String like = "%" + words + "%";
        jdbc.queryForList("select id from claim where lower(quote) like ? order by created_at desc limit 20", Long.class,
                like);
        jdbc.queryForObject("select count(*) from claim where lower(quote) like ?", Long.class, like);
    }

    List<Double> commitToSearchable() {
        users.signIn(Role.ANNOTATOR);
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Article article = articles.create(new NewArticle("Latency " + marker, "Bench", null, null, null, "en",
                "The lab said the model is ready for release, " + marker + "."));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String tag = marker + "t" + i;
            long start = System.nanoTime();
            claims.create(new NewClaim(article.id(), 0, 7, "The lab", new ClaimFields(null, Attribution.PARAPHRASE,
                    SpeakerCertainty.ASSERTED, 50, ClaimType.OTHER, List.of(tag), null)));
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2)).pollInSameThread()
                    .until(() -> search.page(SearchQuery.of("tag:" + tag), null, 1).total() == 1);
            times.add((System.nanoTime() - start) / 1e6);
        }
        users.signIn(Role.ADMIN);
        return times;
    }

    static List<Double> time(int runs, Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run(); // warm-up
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    void line(String format, Object... args) {
        report.append(args.length == 0 ? format : format.formatted(args)).append('\n');
    }
}
