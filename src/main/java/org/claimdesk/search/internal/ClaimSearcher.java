package org.claimdesk.search.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.search.HitIds;
import org.claimdesk.search.SearchCursor;
import org.claimdesk.search.SearchHit;
import org.claimdesk.search.SearchPage;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * Runs searches on the index: a page of hits in the asked order after a cursor (Lucene's {@code searchAfter}, so
 * any page is as cheap as the first), the total, and the quote's matches from Lucene's highlighter. Every search
 * has a time limit; one that expands into too many terms is refused.
 */
final class ClaimSearcher {

    private final ClaimIndex index;
    private final ClaimQueries queries = new ClaimQueries();
    private final Duration timeLimit;

    ClaimSearcher(ClaimIndex index, Duration timeLimit) {
        this.index = index;
        this.timeLimit = timeLimit;
    }

    ClaimQueries queries() {
        return queries;
    }

    /** Checks that {@code search} can be run (parses it), or throws {@link QueryRefused}. */
    void check(SearchQuery search) {
        queries.parse(search);
    }

    SearchPage page(SearchQuery search, @Nullable SearchCursor after, int limit) {
        Query query = queries.parse(search);
        Sort sort = sort(search);
        return guarded(() -> index.withSearcher(shared -> {
            IndexSearcher searcher = limited(shared.getIndexReader());
            TopFieldDocs top = top(searcher, query, sort, after, limit);
            long total = searcher.count(query);
            List<SearchHit> hits = hits(searcher, search, top.scoreDocs);
            return new SearchPage(hits, total, next(top, limit), searcher.timedOut());
        }));
    }

    /** A searcher of its own, with this search's deadline. */
    private IndexSearcher limited(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setTimeout(new QueryTimeoutImpl(timeLimit.toMillis()));
        return searcher;
    }

    IndexSearcher limitedSearcher(IndexReader reader) {
        return limited(reader);
    }

    private List<SearchHit> hits(IndexSearcher searcher, SearchQuery search, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        // Stored fields are read once per hit, in document order (neighbours share a compressed block), and the
        // highlighter is handed the quotes instead of reading them again.
        int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).sorted().toArray();
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        for (int id : ids) {
            documents.put(id, stored.document(id));
        }
        Map<Integer, Object> matches = new HashMap<>();
        Query words = queries.parseText(search.text());
        if (!(words instanceof MatchAllDocsQuery)) {
            Object[] found = new MatchHighlighter(UnifiedHighlighter.builder(searcher, Analyzers.perField())
                    .withBreakIterator(WholeBreakIterator::new)
                    .withFormatter(new MatchOffsets())
                    .withMaxLength(100_000), documents).matches(Fields.QUOTE, words, ids).get(Fields.QUOTE);
            for (int i = 0; i < ids.length; i++) {
                matches.put(ids[i], found[i]);
            }
        }
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc scored : docs) {
            Document doc = documents.get(scored.doc);
            String quote = doc.get(Fields.QUOTE);
            hits.add(new SearchHit(Long.parseLong(doc.get(Fields.ID)),
                    doc.getField(Fields.ARTICLE_ID).numericValue().longValue(), doc.get(Fields.ARTICLE),
                    doc.get(Fields.OUTLET), quote, MatchOffsets.inCodePoints(quote, matches.get(scored.doc)),
                    doc.get(Fields.SPEAKER), ClaimType.valueOf(doc.get(Fields.TYPE)),
                    doc.getField(Fields.CONFIDENCE).numericValue().intValue(), ClaimStatus.valueOf(doc.get(Fields.STATUS)),
                    doc.get(Fields.ANNOTATOR),
                    Instant.ofEpochMilli(doc.getField(Fields.CREATED).numericValue().longValue())));
        }
        return hits;
    }

    /** The ids of up to {@code limit} hits after {@code after}; refused when the time limit cut the page short. */
    HitIds ids(SearchQuery search, @Nullable SearchCursor after, int limit) {
        Query query = queries.parse(search);
        Sort sort = sort(search);
        return guarded(() -> index.withSearcher(shared -> {
            IndexSearcher searcher = limited(shared.getIndexReader());
            TopFieldDocs top = top(searcher, query, sort, after, limit);
            if (searcher.timedOut()) {
                throw new QueryRefused("This search took too long to run in full, so not all of its claims can be "
                        + "listed. Narrow it and try again.");
            }
            List<Long> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                Object[] values = ((FieldDoc) doc).fields;
                ids.add((Long) values[values.length - 1]); // claim ids end every order
            }
            return new HitIds(ids, next(top, limit));
        }));
    }

    /**
     * The cursor after {@code count} more hits past {@code after}, without reading them: how a page far down is
     * reached. Null when there are no more hits than that.
     */
    @Nullable SearchCursor skip(SearchQuery search, @Nullable SearchCursor after, int count) {
        Query query = queries.parse(search);
        Sort sort = sort(search);
        return guarded(() -> index.withSearcher(shared -> {
            return next(top(limited(shared.getIndexReader()), query, sort, after, count), count);
        }));
    }

    /** The top {@code limit} hits in {@code sort} order after {@code after} (from the start when null). */
    private static TopFieldDocs top(IndexSearcher searcher, Query query, Sort sort, @Nullable SearchCursor after,
            int limit) throws IOException {
        return after == null ? searcher.search(query, limit, sort, true)
                : searcher.searchAfter(fieldDoc(after, searcher.getIndexReader().maxDoc()), query, limit, sort, true);
    }

    /** Where the page after {@code top} begins, or null when {@code top} was the last. */
    private static @Nullable SearchCursor next(TopFieldDocs top, int limit) {
        return top.scoreDocs.length < limit ? null
                : new SearchCursor(Arrays.asList(((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]).fields));
    }

    /** Lucene's highlighter, asked for what {@link MatchOffsets} makes of each document instead of marked-up text. */
    private static final class MatchHighlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> documents;

        MatchHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, Document> documents) {
            super(builder);
            this.documents = documents;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document stored = documents.get(doc);
                CharSequence[] row = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String value = stored == null ? null : stored.get(fields[f]);
                    row[f] = value == null ? "" : value;
                }
                values.add(row);
            }
            return values;
        }

        Map<String, Object[]> matches(String field, Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1});
        }
    }

    private static Sort sort(SearchQuery search) {
        SortField id = new SortField(Fields.ID_SORT, SortField.Type.LONG, true);
        SortField created = new SortField(Fields.CREATED, SortField.Type.LONG, true);
        SearchSort order = search.sort() == SearchSort.RELEVANCE && search.text().isBlank() ? SearchSort.NEWEST
                : search.sort();
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case NEWEST -> new Sort(created, id);
            case CONFIDENCE -> new Sort(new SortField(Fields.CONFIDENCE, SortField.Type.INT, true), created, id);
        };
    }

    /**
     * The cursor as Lucene's "after" position. Claim ids end every order, so no two hits have the same sort values
     * and the document number (which changes with the index) never decides; it is set to the last one, so that the
     * hit the cursor names itself does not come again.
     */
    private static FieldDoc fieldDoc(SearchCursor cursor, int maxDoc) {
        Object[] values = cursor.sortValues().toArray();
        float score = values.length > 0 && values[0] instanceof Float f ? f : Float.NaN;
        return new FieldDoc(Math.max(0, maxDoc - 1), score, values);
    }

    /** Runs a search, turning Lucene's refusals into messages for the person searching. */
    static <T> T guarded(SearchWork<T> work) {
        try {
            return work.run();
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw new QueryRefused(ClaimQueries.TOO_MANY_CLAUSES.formatted(IndexSearcher.getMaxClauseCount()));
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException tooComplex) {
            throw new QueryRefused("This regular expression is too complex to run; simplify it.");
        } catch (IllegalArgumentException refused) {
            throw new QueryRefused("This query cannot be run: " + refused.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T run() throws IOException;
    }
}
