package org.claimdesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.export.ExportLogEntry.Outcome;
import org.claimdesk.export.internal.Formulas;
import org.claimdesk.export.internal.TagList;
import org.claimdesk.search.SearchHit;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.claimdesk.search.SearchSort;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Exports on the real database and search index: the scopes, the stored values coming back, the log. */
@ClaimdeskTest
class ExportServiceTest {

    @Autowired ExportService exports;
    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired org.claimdesk.review.ReviewService review;
    @Autowired SearchService search;
    @Autowired TestUsers users;

    String marker;
    Article article;

    @BeforeEach
    void setUp() {
        users.signIn(Role.ANNOTATOR);
        marker = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        article = articles.create(new NewArticle("Export \"test\", " + marker, "=Outlet", null, null, null, "en",
                "👩‍🔬 The lab said, \"the model " + marker + " is ready\".\n"
                        + "-Critics warned the results could not be checked.\n"
                        + "@analysts predicted profits would double by 2027; others, not."));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    Claim claim(String quote, ClaimType type, int confidence, List<String> tags, String note) {
        return claims.create(Passages.claimOn(article, quote, new ClaimFields(null, Attribution.DIRECT_QUOTE,
                SpeakerCertainty.ASSERTED, confidence, type, tags, note)));
    }

    static List<CSVRecord> csv(PreparedExport export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out, ExportProgress.NONE);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void an_article_export_has_exactly_its_claims_with_their_stored_values() throws IOException {
        Claim first = claim("👩‍🔬 The lab said, \"the model " + marker, ClaimType.RELEASE, 80, List.of("a;b", "=sum"),
                "=1+1, \"quoted\"\nsecond line 🇪🇺");
        Claim second = claim("-Critics warned", ClaimType.OTHER, 20, List.of(), "@someone");
        users.signIn(Role.REVIEWER);

        List<CSVRecord> rows = csv(exports.article(article.id(), ExportFormat.CSV, new ExportOptions(false, false)));

        assertThat(rows).extracting(r -> Long.parseLong(r.get("claim_id"))).containsExactly(first.id(), second.id());
        CSVRecord row = rows.getFirst();
        assertThat(row.get("quote")).isEqualTo(first.anchor().quote());
        assertThat(row.get("note")).isEqualTo("=1+1, \"quoted\"\nsecond line 🇪🇺");
        assertThat(TagList.split(row.get("tags"))).containsExactlyElementsOf(first.tags());
        assertThat(row.get("article_title")).isEqualTo(article.title());
        assertThat(row.get("outlet")).isEqualTo("=Outlet");
        assertThat(row.get("start_cp")).isEqualTo(String.valueOf(first.anchor().start()));
        assertThat(row.get("annotator")).isEqualTo("annotator");

        List<CSVRecord> safe = csv(exports.article(article.id(), ExportFormat.CSV, ExportOptions.DEFAULT));
        assertThat(safe.getFirst().get("outlet")).isEqualTo("'=Outlet");
        assertThat(safe.get(1).get("quote")).isEqualTo("'-Critics warned");
        assertThat(Formulas.restore(safe.get(1).get("note"))).isEqualTo("@someone");
    }

    @Test
    void reviewed_claims_carry_their_status_reviewer_reason_and_comment() throws IOException {
        Claim sentBack = claim("-Critics warned", ClaimType.OTHER, 20, List.of(), null);
        Claim approved = claim("@analysts predicted", ClaimType.PREDICTION, 70, List.of(), null);
        sentBack = review.submit(sentBack.id(), sentBack.version());
        approved = review.submit(approved.id(), approved.version());
        users.signIn(Role.REVIEWER);
        review.requestChanges(sentBack.id(), sentBack.version(), ReviewReason.WRONG_SPAN, "=Start at \"Critics\"");
        review.approve(approved.id(), approved.version());

        List<CSVRecord> rows = csv(exports.article(article.id(), ExportFormat.CSV, ExportOptions.DEFAULT));

        assertThat(rows).extracting(r -> r.get("status")).containsExactly("CHANGES_REQUESTED", "APPROVED");
        assertThat(rows).extracting(r -> r.get("reviewer")).containsExactly("reviewer", "reviewer");
        assertThat(rows).extracting(r -> r.get("review_reason")).containsExactly("WRONG_SPAN", "");
        assertThat(Formulas.restore(rows.getFirst().get("review_comment"))).isEqualTo("=Start at \"Critics\"");
        assertThat(rows.getFirst().get("review_comment")).startsWith("'");
        assertThat(Instant.parse(rows.get(1).get("reviewed_at"))).isAfterOrEqualTo(Instant.parse(rows.get(1).get("created_at")));
    }

    @Test
    void an_article_exports_as_web_annotations_whose_target_is_the_text_by_its_hash() throws IOException {
        Claim saved = claim("-Critics warned", ClaimType.OTHER, 20, List.of("x"), null);
        users.signIn(Role.REVIEWER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.article(article.id(), ExportFormat.WEB_ANNOTATION, ExportOptions.DEFAULT).writeTo(out, ExportProgress.NONE);

        var items = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.toByteArray())
                .path("first").path("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).path("id").asString()).isEqualTo("urn:claimdesk:claim:" + saved.id());
        assertThat(items.get(0).path("target").path("source").path("id").asString())
                .isEqualTo("urn:sha256:" + article.contentHash());
        assertThat(items.get(0).path("target").path("selector").get(0).path("exact").asString())
                .isEqualTo("-Critics warned");
    }

    @Test
    void a_search_export_has_exactly_the_hits_of_the_query_and_its_filters_in_the_search_order() throws IOException {
        List<Long> predictions = new ArrayList<>();
        predictions.add(claim("analysts predicted", ClaimType.PREDICTION, 40, List.of(marker), null).id());
        predictions.add(claim("profits would double", ClaimType.PREDICTION, 90, List.of(marker), null).id());
        claim("Critics warned", ClaimType.OTHER, 60, List.of(marker), null);
        SearchQuery query = new SearchQuery("tag:" + marker, Map.of("type", Set.of("PREDICTION")), SearchSort.CONFIDENCE);
        users.signIn(Role.REVIEWER);
        await().atMost(Duration.ofSeconds(5)).pollInSameThread()
                .until(() -> search.page(SearchQuery.of("tag:" + marker), null, 10).total() == 3);
        List<Long> hits = search.page(query, null, 10).hits().stream().map(SearchHit::claimId).toList();

        List<CSVRecord> rows = csv(exports.search(query, ExportFormat.CSV, ExportOptions.DEFAULT));

        assertThat(hits).containsExactly(predictions.get(1), predictions.get(0));
        assertThat(rows).extracting(r -> Long.parseLong(r.get("claim_id"))).containsExactlyElementsOf(hits);
    }

    @Test
    void a_malformed_search_is_refused_with_the_searchs_own_message_and_nothing_is_logged() {
        users.signIn(Role.REVIEWER);
        SearchQuery broken = SearchQuery.of("speaker:(");
        String searchMessage = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> search.page(broken, null, 10)).getMessage();
        users.signIn(Role.ADMIN);
        long logged = exports.logCount();
        users.signIn(Role.REVIEWER);

        assertThatThrownBy(() -> exports.search(broken, ExportFormat.CSV, ExportOptions.DEFAULT))
                .isInstanceOf(InvalidInputException.class).hasMessage(searchMessage);
        users.signIn(Role.ADMIN);
        assertThat(exports.logCount()).isEqualTo(logged);
    }

    @Test
    void admins_see_who_exported_what_how_many_rows_and_that_it_completed() throws IOException {
        claim("Critics warned", ClaimType.OTHER, 60, List.of(), null);
        users.signIn(Role.REVIEWER);
        csv(exports.article(article.id(), ExportFormat.CSV, ExportOptions.DEFAULT));
        csv(exports.search(SearchQuery.of(marker).toggle("type", "OTHER"), ExportFormat.CSV, ExportOptions.DEFAULT));

        users.signIn(Role.ADMIN);
        List<ExportLogEntry> log = exports.log(0, 2);

        ExportLogEntry searched = log.get(0);
        assertThat(searched.exportedBy()).isEqualTo("reviewer");
        assertThat(searched.scope()).isEqualTo(ExportScope.SEARCH);
        assertThat(searched.detail()).isEqualTo(marker + " | type=OTHER");
        assertThat(searched.outcome()).isEqualTo(Outcome.COMPLETE);
        assertThat(searched.finishedAt()).isNotNull();
        ExportLogEntry read = log.get(1);
        assertThat(read.scope()).isEqualTo(ExportScope.ARTICLE);
        assertThat(read.detail()).isEqualTo("article " + article.id() + ": " + article.title());
        assertThat(read.rows()).isEqualTo(1);
        assertThat(read.format()).isEqualTo(ExportFormat.CSV);
    }

    @Test
    void an_export_that_breaks_off_is_logged_as_failed_with_the_rows_written_so_far() {
        claim("Critics warned", ClaimType.OTHER, 60, List.of(), null);
        users.signIn(Role.REVIEWER);
        PreparedExport export = exports.article(article.id(), ExportFormat.CSV, ExportOptions.DEFAULT);

        assertThatThrownBy(() -> export.writeTo(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("the browser went away");
            }
        }, ExportProgress.NONE)).isInstanceOf(IOException.class);

        users.signIn(Role.ADMIN);
        ExportLogEntry entry = exports.log(0, 1).getFirst();
        assertThat(entry.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(entry.rows()).as("handed to the stream before it failed").isEqualTo(1);
    }
}
