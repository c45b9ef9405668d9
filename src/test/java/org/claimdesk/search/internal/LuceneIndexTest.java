package org.claimdesk.search.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimdesk.articles.ArticleCard;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.TextAnchor;
import org.claimdesk.search.SearchCursor;
import org.claimdesk.search.SearchHit;
import org.claimdesk.search.SearchPage;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index on its own, in a temporary folder: documents, matches in code points, limits, deep paging. */
class LuceneIndexTest {

    static final ArticleCard ARTICLE = new ArticleCard(7, "Meta’s Behemoth", "TechCrunch", null,
            LocalDate.of(2025, 6, 20), "en", "0".repeat(64));
    static final Speaker WALESA = new Speaker(3, "Lech Wałęsa", List.of("Müller"), SpeakerKind.PERSON, null, null,
            null, 0);

    @TempDir
    Path dir;

    ClaimIndex index;

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    static ClaimRecord record(long id, String quote, List<String> tags) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z").plusSeconds(id);
        Claim claim = new Claim(id, ARTICLE.id(), new TextAnchor(0, quote.codePointCount(0, quote.length()), quote, "", ""),
                WALESA, Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, (int) (id % 101), ClaimType.PREDICTION, tags,
                null, ClaimStatus.DRAFT, "annotator", at, "annotator", at, 0, null, null);
        return new ClaimRecord(claim, ARTICLE);
    }

    ClaimSearcher indexed(List<ClaimRecord> records) {
        index = ClaimIndex.open(dir);
        records.forEach(index::upsert);
        index.commit(0);
        index.refresh();
        return new ClaimSearcher(index, Duration.ofSeconds(5));
    }

    @Test
    void matches_are_counted_in_code_points_after_emoji_and_other_astral_characters() {
        ClaimSearcher searcher = indexed(List.of(record(1, "👩‍👩‍👧‍👦 𝔘 The family model beats rivals", List.of())));

        SearchHit hit = searcher.page(SearchQuery.of("model rivals"), null, 10).hits().getFirst();

        String quote = hit.quote();
        assertThat(hit.matches()).hasSize(2);
        SearchHit.Match model = hit.matches().getFirst();
        assertThat(quote.substring(quote.offsetByCodePoints(0, model.start()), quote.offsetByCodePoints(0, model.end())))
                .isEqualTo("model");
        assertThat(model.start()).isEqualTo(21); // family emoji (7 code points), space, 𝔘, space, "The family "
    }

    @Test
    void speaker_names_and_aliases_are_found_without_accents_or_with_either_spelling_of_umlauts() {
        ClaimSearcher searcher = indexed(List.of(record(1, "Solidarity will win", List.of())));
        for (String query : List.of("speaker:walesa", "speaker:WAŁĘSA", "speaker:muller", "speaker:mueller", "walesa")) {
            assertThat(searcher.page(SearchQuery.of(query), null, 10).total()).as(query).isEqualTo(1);
        }
    }

    @Test
    void a_wildcard_or_regular_expression_over_too_many_words_is_refused_with_a_message() {
        List<ClaimRecord> many = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            many.add(record(i + 1, "word zq" + i + "x", List.of()));
        }
        ClaimSearcher searcher = indexed(many);

        for (String query : List.of("zq*", "/zq.*/", "quote:/.*/")) {
            assertThatThrownBy(() -> searcher.page(SearchQuery.of(query), null, 10)).as(query)
                    .isInstanceOf(QueryRefused.class).hasMessageContaining("too many words");
        }
        assertThat(searcher.page(SearchQuery.of("zq10*"), null, 10).total()).isEqualTo(111); // zq10, zq100–109, zq1000–1099
    }

    @Test
    void pages_reach_as_deep_as_the_hits_go_without_repeats() {
        List<ClaimRecord> many = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(record(i + 1, "the model is ready", List.of()));
        }
        ClaimSearcher searcher = indexed(many);
        SearchQuery query = new SearchQuery("model", Map.of(), SearchSort.RELEVANCE);

        java.util.Set<Long> seen = new java.util.HashSet<>();
        SearchCursor cursor = null;
        int pages = 0;
        do {
            SearchPage page = searcher.page(query, cursor, 100);
            page.hits().forEach(h -> assertThat(seen.add(h.claimId())).as("claim %d once", h.claimId()).isTrue());
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(2_500);
        assertThat(pages).isEqualTo(26);
    }

    @Test
    void updating_a_claim_replaces_its_document_and_deleting_removes_it() {
        ClaimSearcher searcher = indexed(List.of(record(1, "old words", List.of())));
        index.upsert(record(1, "new words", List.of()));
        index.refresh();
        assertThat(searcher.page(SearchQuery.of("old"), null, 10).total()).isZero();
        assertThat(searcher.page(SearchQuery.of("new"), null, 10).total()).isEqualTo(1);
        index.delete(1);
        index.refresh();
        assertThat(index.documents()).isZero();
    }

    @Test
    void a_reopened_index_keeps_its_documents_and_where_the_change_feed_was() {
        indexed(List.of(record(1, "kept words", List.of())));
        index.commit(42);
        index.close();

        index = ClaimIndex.open(dir);

        assertThat(index.needsRebuild()).isNull();
        assertThat(index.cursor()).isEqualTo(42);
        assertThat(index.documents()).isEqualTo(1);
    }
}
