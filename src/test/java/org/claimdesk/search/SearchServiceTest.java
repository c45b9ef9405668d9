package org.claimdesk.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.search.internal.SearchEngine;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Search on the real database and index: kept current without losing a change, and the query language. */
@ClaimdeskTest
class SearchServiceTest {

    @Autowired SearchService search;
    @Autowired SearchEngine engine;
    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;
    @Autowired ArticleService articles;
    @Autowired TransactionTemplate transactions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired TestUsers users;

    String marker;
    Article article;
    Speaker speaker;

    @BeforeEach
    void setUp() {
        users.signIn(Role.ANNOTATOR);
        marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        article = articles.create(new NewArticle("Behemoth delayed " + marker, "Search Wire", null, null, null, "en",
                "👩‍🔬 The lab said the model " + marker + " is ready for release.\n"
                        + "Critics warned the benchmark results could not be checked independently.\n"
                        + "The company expects profits to double by 2027, analysts predicted."));
        speaker = speakers.create(SpeakerFields.named("Lech Wałęsa " + marker, SpeakerKind.PERSON));
    }

    @AfterEach
    void signOut() {
        engine.resumeIfPaused();
        TestUsers.signOut();
    }

    Claim claim(String quote, ClaimType type, int confidence, List<String> tags, String note) {
        String body = article.body();
        int start = body.codePointCount(0, body.indexOf(quote));
        return claims.create(new NewClaim(article.id(), start, start + quote.codePointCount(0, quote.length()), quote,
                new ClaimFields(speaker.id(), Attribution.PARAPHRASE, SpeakerCertainty.HEDGED, confidence, type, tags,
                        note)));
    }

    List<Long> ids(String query) {
        return search.page(SearchQuery.of(query), null, 100).hits().stream().map(SearchHit::claimId).toList();
    }

    List<Long> awaitIds(String query, int expected) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> ids(query).size() == expected);
        return ids(query);
    }

    @Test
    void a_saved_claim_is_searchable_within_a_second_by_its_words_with_the_match_in_code_points() {
        Claim saved = claim("the model " + marker + " is ready", ClaimType.RELEASE, 80, List.of("launch"), null);

        await().atMost(Duration.ofSeconds(1)).pollInSameThread().until(() -> ids(marker).contains(saved.id()));
        SearchHit hit = search.page(SearchQuery.of(marker), null, 10).hits().getFirst();
        assertThat(hit.quote()).isEqualTo("the model " + marker + " is ready");
        assertThat(hit.matches()).containsExactly(new SearchHit.Match(10, 10 + marker.length()));
        assertThat(hit.articleTitle()).isEqualTo(article.title());
        assertThat(hit.speaker()).isEqualTo(speaker.name());
        assertThat(hit.type()).isEqualTo(ClaimType.RELEASE);
    }

    @Test
    void a_claim_saved_in_a_transaction_that_rolls_back_never_appears() {
        transactions.executeWithoutResult(tx -> {
            claim("the model " + marker + " is ready", ClaimType.RELEASE, 80, List.of(), null);
            tx.setRollbackOnly();
        });
        Claim committed = claim("Critics warned", ClaimType.OTHER, 40, List.of(marker), null);

        assertThat(awaitIds(marker, 1)).containsExactly(committed.id());
    }

    @Test
    void changes_made_while_the_indexer_is_stopped_are_indexed_once_when_it_starts_again() {
        engine.pauseIndexing();
        Claim first = claim("the model " + marker + " is ready", ClaimType.RELEASE, 80, List.of(), null);
        Claim second = claim("Critics warned", ClaimType.OTHER, 40, List.of(marker), null);
        Claim edited = claims.update(second.id(), second.version(), new ClaimFields(speaker.id(), Attribution.PARAPHRASE,
                SpeakerCertainty.HEDGED, 45, ClaimType.OTHER, List.of(marker, "edited"), null));
        assertThat(ids(marker)).as("not indexed while stopped").isEmpty();

        engine.resumeIndexing();

        assertThat(awaitIds(marker, 2)).containsExactlyInAnyOrder(first.id(), edited.id());
        assertThat(ids("tag:edited AND " + marker)).containsExactly(edited.id());
    }

    @Test
    void a_deleted_claim_leaves_the_index() {
        Claim saved = claim("Critics warned", ClaimType.OTHER, 40, List.of(marker), null);
        awaitIds(marker, 1);
        claims.delete(saved.id(), saved.version());
        awaitIds(marker, 0);
    }

    @Test
    void renaming_a_speaker_reindexes_the_claims_that_name_it() {
        claim("Critics warned", ClaimType.OTHER, 40, List.of(marker), null);
        awaitIds("speaker:walesa AND " + marker, 1);
        users.signIn(Role.EDITOR);
        speakers.update(speaker.id(), speaker.version(), SpeakerFields.named("Anna Nowak " + marker, SpeakerKind.PERSON));

        awaitIds("speaker:nowak AND " + marker, 1);
        assertThat(ids("speaker:walesa AND " + marker)).isEmpty();
    }

    @Test
    void correcting_an_articles_title_reindexes_its_claims() {
        claim("Critics warned", ClaimType.OTHER, 40, List.of(marker), null);
        awaitIds("article:behemoth AND " + marker, 1);
        users.signIn(Role.EDITOR);
        articles.updateDetails(article.id(), new org.claimdesk.articles.ArticleDetails("Llama postponed", "Search Wire",
                null, null, null, "en"));

        awaitIds("article:llama AND " + marker, 1);
        assertThat(ids("article:behemoth AND " + marker)).isEmpty();
        assertThat(search.page(SearchQuery.of(marker), null, 1).hits().getFirst().articleTitle())
                .isEqualTo("Llama postponed");
    }

    @Test
    void every_field_of_the_query_language_finds_what_it_names() {
        Claim ready = claim("the model " + marker + " is ready", ClaimType.RELEASE, 80, List.of("launch"), "check the date");
        Claim critics = claim("Critics warned", ClaimType.BENCHMARK, 40, List.of(marker, "doubt"), null);
        Claim profits = claim("profits to double by 2027", ClaimType.PREDICTION, 65, List.of(marker), null);
        awaitIds("articleid:" + article.id(), 3);
        String here = " AND articleid:" + article.id();

        assertThat(ids("speaker:walesa" + here)).hasSize(3);
        assertThat(ids("speaker:\"Lech Wałęsa " + marker + "\"" + here)).hasSize(3);
        assertThat(ids("type:prediction" + here)).containsExactly(profits.id());
        assertThat(ids("type:\"benchmark result\"" + here)).containsExactly(critics.id());
        assertThat(ids("status:draft" + here)).hasSize(3);
        assertThat(ids("tag:launch" + here)).containsExactly(ready.id());
        assertThat(ids("outlet:\"search wire\"" + here)).hasSize(3);
        assertThat(ids("article:behemoth" + here)).hasSize(3);
        assertThat(ids("annotator:annotator" + here)).hasSize(3);
        assertThat(ids("attribution:paraphrase" + here)).hasSize(3);
        assertThat(ids("certainty:hedged" + here)).hasSize(3);
        assertThat(ids("confidence:[60 TO 100]" + here)).containsExactlyInAnyOrder(ready.id(), profits.id());
        assertThat(ids("confidence:{* TO 65}" + here)).containsExactly(critics.id());
        assertThat(ids("created:[2026-01-01 TO *]" + here)).hasSize(3);
        assertThat(ids("created:[2000-01-01 TO 2001-01-01]" + here)).isEmpty();
        assertThat(ids("note:check" + here)).containsExactly(ready.id());
        assertThat(ids("speakerid:" + speaker.id() + here)).hasSize(3);
        // free text searches quote, note, tags and speaker; AND, OR, NOT, phrases, wildcards, fuzzy
        assertThat(ids("doubt" + here)).containsExactly(critics.id());
        assertThat(ids("(critics OR profits) NOT doubt" + here)).containsExactly(profits.id());
        assertThat(ids("\"warned critics\"" + here)).isEmpty();
        assertThat(ids("\"critics warned\"" + here)).containsExactly(critics.id());
        assertThat(ids("prof*" + here)).containsExactly(profits.id());
        assertThat(ids("critcs~1" + here)).containsExactly(critics.id());
    }

    @Test
    void facet_counts_match_the_claims_and_a_facet_filter_narrows_the_hits() {
        claim("the model " + marker + " is ready", ClaimType.RELEASE, 80, List.of(), null);
        claim("Critics warned", ClaimType.BENCHMARK, 40, List.of(marker), null);
        claim("profits to double by 2027", ClaimType.PREDICTION, 65, List.of(marker), null);
        SearchQuery here = SearchQuery.of("articleid:" + article.id());
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> search.page(here, null, 10).total() == 3);

        Map<String, Long> types = counts(search.facets(here, 20), "type");
        assertThat(types).containsEntry("RELEASE", 1L).containsEntry("BENCHMARK", 1L).containsEntry("PREDICTION", 1L);
        assertThat(counts(search.facets(here, 20), "speaker")).containsEntry(speaker.name(), 3L);
        assertThat(counts(search.facets(here, 20), "confidence")).doesNotContainKey("81–100")
                .containsEntry("61–80", 2L).containsEntry("21–40", 1L);

        SearchQuery predictions = here.toggle("type", "PREDICTION");
        assertThat(search.page(predictions, null, 10).total()).isEqualTo(1);
        assertThat(counts(search.facets(predictions, 20), "type")).as("other types stay to be added")
                .containsEntry("RELEASE", 1L).containsEntry("PREDICTION", 1L);
        assertThat(search.page(predictions.toggle("type", "RELEASE"), null, 10).total()).isEqualTo(2);
        assertThat(search.page(predictions.toggle("type", "PREDICTION"), null, 10).total()).isEqualTo(3);
    }

    @Test
    void facet_counts_over_every_claim_equal_the_databases_own_counts() {
        claim("Critics warned", ClaimType.BENCHMARK, 40, List.of(marker), null);
        claim("profits to double by 2027", ClaimType.PREDICTION, 90, List.of(marker), null);
        awaitIds(marker, 2);
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() ->
                search.page(SearchQuery.of(""), null, 1).total() == jdbc.queryForObject("select count(*) from claim", Long.class));

        Map<String, Long> fromDatabase = new java.util.HashMap<>();
        jdbc.query("select claim_type, count(*) from claim group by claim_type",
                (java.sql.ResultSet row) -> {
                    fromDatabase.put(row.getString(1), row.getLong(2));
                });
        assertThat(counts(search.facets(SearchQuery.of(""), 100), "type")).isEqualTo(fromDatabase);
        Map<String, Long> byStatus = new java.util.HashMap<>();
        jdbc.query("select status, count(*) from claim group by status",
                (java.sql.ResultSet row) -> {
                    byStatus.put(row.getString(1), row.getLong(2));
                });
        assertThat(counts(search.facets(SearchQuery.of(""), 100), "status")).isEqualTo(byStatus);
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats_in_every_order() {
        for (int i = 0; i < 7; i++) {
            claim("Critics warned", ClaimType.OTHER, 10 * i, List.of(marker, "n" + i), null);
        }
        awaitIds(marker, 7);
        for (SearchSort sort : SearchSort.values()) {
            SearchQuery query = new SearchQuery(marker, Map.of(), sort);
            SearchPage first = search.page(query, null, 3);
            SearchPage second = search.page(query, first.next(), 3);
            SearchPage third = search.page(query, second.next(), 3);
            assertThat(first.total()).isEqualTo(7);
            assertThat(third.hits()).hasSize(1);
            assertThat(third.next()).isNull();
            assertThat(java.util.stream.Stream.of(first, second, third).flatMap(p -> p.hits().stream())
                    .map(SearchHit::claimId).distinct()).as(sort.name()).hasSize(7);
        }
        List<Integer> byConfidence = search.page(new SearchQuery(marker, Map.of(), SearchSort.CONFIDENCE), null, 10)
                .hits().stream().map(SearchHit::confidence).toList();
        assertThat(byConfidence).containsExactly(60, 50, 40, 30, 20, 10, 0);
    }

    @Test
    void the_ids_of_every_hit_come_page_by_page_in_the_order_of_the_hits() {
        for (int i = 0; i < 7; i++) {
            claim("Critics warned", ClaimType.OTHER, 10 * i, List.of(marker, "n" + i), null);
        }
        awaitIds(marker, 7);
        for (SearchSort sort : SearchSort.values()) {
            SearchQuery query = new SearchQuery(marker, Map.of("type", Set.of("OTHER")), sort);
            List<Long> ids = new java.util.ArrayList<>();
            SearchCursor after = null;
            do {
                HitIds page = search.ids(query, after, 3);
                ids.addAll(page.ids());
                after = page.next();
            } while (after != null);
            assertThat(ids).as(sort.name()).containsExactlyElementsOf(
                    search.page(query, null, 10).hits().stream().map(SearchHit::claimId).toList());
        }
        assertThatThrownBy(() -> search.ids(SearchQuery.of("speaker:("), null, 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("could not be read");
    }

    @Test
    void unreadable_queries_are_refused_with_a_message_that_names_the_problem() {
        for (String bad : List.of("speaker:(", "\"unclosed", "confidence:[a TO b]", "confidence:[50.5 TO 60]",
                "*ready", "nosuchfield:x", "x ".repeat(50_001))) {
            assertThatThrownBy(() -> search.page(SearchQuery.of(bad), null, 10)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("query");
                        assertThat(e.getMessage()).doesNotContain("org.apache").isNotBlank();
                    });
        }
        assertThatThrownBy(() -> search.page(SearchQuery.of("nosuchfield:x"), null, 10)).hasMessageContaining("nosuchfield");
        assertThatThrownBy(() -> search.page(SearchQuery.of("confidence:[a TO b]"), null, 10))
                .hasMessageContaining("confidence:[70 TO 100]");
    }

    @Test
    void huge_or_odd_queries_get_a_message_or_a_result_never_an_error() {
        String fiveThousandOr = String.join(" OR ", java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "w" + i)
                .toList());
        assertThatThrownBy(() -> search.page(SearchQuery.of(fiveThousandOr), null, 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too many");
        assertThat(search.page(SearchQuery.of("🦊 ready\u0000\u0007 " + marker), null, 10).hits()).isEmpty();
        assertThat(search.page(SearchQuery.of("ab".repeat(5_000)), null, 10).hits()).isEmpty();
        assertThat(search.page(SearchQuery.of("   "), null, 10).total()).isPositive();
    }

    @Test
    void an_empty_query_lists_everything_newest_first() {
        Claim older = claim("Critics warned", ClaimType.OTHER, 40, List.of(marker), null);
        Claim newer = claim("profits to double by 2027", ClaimType.OTHER, 40, List.of(marker), null);
        await().atMost(Duration.ofSeconds(5)).pollInSameThread()
                .until(() -> search.page(SearchQuery.of(""), null, 2).hits().stream().map(SearchHit::claimId).toList()
                        .equals(List.of(newer.id(), older.id())));
    }

    static Map<String, Long> counts(List<Facet> facets, String dimension) {
        Map<String, Long> counts = new java.util.HashMap<>();
        facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst().orElseThrow().values()
                .forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }
}
